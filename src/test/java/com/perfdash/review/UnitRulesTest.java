package com.perfdash.review;

import static com.perfdash.review.CsvDataSet.where;
import static com.perfdash.review.ReviewFixture.zh;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Units: an amount written in 元 where the report means 万元. */
class UnitRulesTest extends RuleTestBase {

    private List<Finding> load() {
        return load(ReviewRule.UNIT_TEN_THOUSAND);
    }

    @Test
    void an_income_total_in_yuan_against_totals_in_wan_yuan_fires() {
        report().set("reports.csv", where(), "income_total", "5166600");
        List<Finding> f = load();
        assertThat(f).hasSize(1);
        assertThat(f.get(0).field()).isEqualTo("income_total");
        assertThat(f.get(0).rowKeys()).containsExactly("income", "expenditure");
        assertThat(zh(f.get(0))).isEqualTo("预算收入 5166600.00 万元是本报告支出 516.66 万元的 10000 倍；若按元计则为 516.66 万元，疑似把元当作万元填写。");
    }

    @Test
    void a_project_budget_and_spending_in_yuan_fire() {
        report().set("projects.csv", where("seq", "3"), "budget", "45000").set("projects.csv", where("seq", "3"), "actual", "45000");
        List<Finding> f = load();
        assertThat(f).extracting(Finding::field).containsExactlyInAnyOrder("budget", "actual");
        assertThat(f).allSatisfy(x -> {
            assertThat(x.projectSeq()).isEqualTo(3);
            assertThat(x.rowKeys().get(0)).isEqualTo("p3");
            assertThat(x.evidence()).containsEntry("as_wan", "4.50");
        });
    }

    @Test
    void among_wholes_of_equal_amount_the_reference_is_always_the_first_by_name_with_its_own_row() {
        // income, expenditure and the table's 年初预算数, 全年预算数, 全年执行数 all 516.66: five smallest wholes alike
        report().set("funds_rows.csv", where("table_no", "0", "row_kind", "total"), "initial_budget", "516.66")
                .set("projects.csv", where("seq", "3"), "budget", "45000");
        assertThat(load()).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsEntry("ref", "expenditure_total").containsEntry("ref_amount", "516.66");
            assertThat(f.rowKeys()).containsExactly("p3", "expenditure");
        });
    }

    @Test
    void a_project_tables_funds_in_yuan_fire() {
        report().set("funds_rows.csv", where("table_no", "1", "row_kind", "appropriation"), "full_year_budget", "45000");
        assertThat(load()).extracting(ReviewFixture::where).containsExactly("UNIT_TEN_THOUSAND f1-appropriation");
    }

    @Test
    void a_project_tables_total_investment_in_yuan_fires() {
        report().set("eval_tables.csv", where("table_no", "1"), "total_investment", "45000");
        assertThat(load()).singleElement().satisfies(f -> {
            assertThat(f.rowKeys()).containsExactly("t1", "f1-total");
            assertThat(zh(f)).isEqualTo("项目表 1·项目总投资 45000.00 万元是本报告资金·合计·全年预算数 4.50 万元的 10000 倍；若按元计则为 4.50 万元，疑似把元当作万元填写。");
        });
    }

    @Test
    void a_multi_year_total_investment_far_above_the_years_funds_is_silent() {
        report().set("eval_tables.csv", where("table_no", "1"), "total_investment", "150");
        assertThat(load()).isEmpty();
    }

    @Test
    void a_part_a_little_above_its_total_is_not_a_unit_error() {
        report().set("reports.csv", where(), "expenditure_basic", "580.92");
        assertThat(load()).as("SUM_PART_EXCEEDS_TOTAL's, not a 10⁴ error").isEmpty();
    }

    @Test
    void totals_of_one_report_in_the_same_unit_are_silent() {
        report();
        assertThat(load()).isEmpty();
    }
}
