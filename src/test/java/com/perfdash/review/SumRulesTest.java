package com.perfdash.review;

import static com.perfdash.review.CsvDataSet.where;
import static com.perfdash.review.ReviewFixture.zh;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sums: each rule fires on a report that does not add up, and stays silent within rounding. */
class SumRulesTest extends RuleTestBase {

    @Test
    void the_corrected_seed_raises_nothing() {
        report();
        assertThat(loadAll()).isEmpty();
    }

    @Test
    void income_parts_off_by_ten_fire() {
        report().set("reports.csv", where(), "income_adjustment", "49.48");
        List<Finding> f = load(ReviewRule.SUM_INCOME_PARTS);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).evidence()).containsEntry("sum", "506.66").containsEntry("diff", "10.00");
    }

    @Test
    void income_parts_off_by_rounding_or_stated_as_one_part_are_silent() {
        CsvDataSet r = report().set("reports.csv", where(), "income_adjustment", "59.46");
        assertThat(load(ReviewRule.SUM_INCOME_PARTS)).as("0.02 off over three parts").isEmpty();
        r.set("reports.csv", where(), "income_adjustment", "").set("reports.csv", where(), "income_other", "");
        assertThat(load(ReviewRule.SUM_INCOME_PARTS)).as("only 其中年初预算 457.18 stated").isEmpty();
    }

    @Test
    void expenditure_parts_off_by_ten_fire() {
        report().set("reports.csv", where(), "expenditure_basic", "380.41");
        List<Finding> f = load(ReviewRule.SUM_EXPENDITURE_PARTS);
        assertThat(f).hasSize(1);
        assertThat(zh(f.get(0))).isEqualTo("支出 516.66 万元，但基本支出 380.41 + 项目支出 146.25 + 结余结转 0.00 合计 526.66 万元，相差 10.00 万元。");
    }

    @Test
    void expenditure_parts_off_by_a_cent_are_silent() {
        report().set("reports.csv", where(), "expenditure_basic", "370.42");
        assertThat(load(ReviewRule.SUM_EXPENDITURE_PARTS)).isEmpty();
    }

    @Test
    void an_income_part_above_the_income_total_fires() {
        report().set("reports.csv", where(), "income_initial", "520");
        List<Finding> f = load(ReviewRule.SUM_PART_EXCEEDS_TOTAL);
        assertThat(f).extracting(Finding::field).containsExactly("income_initial");
        assertThat(zh(f.get(0))).isEqualTo("年初预算 520.00 万元大于预算收入 516.66 万元：分项不能超过合计。");
    }

    @Test
    void a_part_equal_to_its_total_is_silent() {
        report().set("reports.csv", where(), "expenditure_basic", "516.66")
                .set("reports.csv", where(), "expenditure_project", "0");
        assertThat(load(ReviewRule.SUM_PART_EXCEEDS_TOTAL)).isEmpty();
    }

    @Test
    void funds_sub_rows_that_add_up_to_more_than_the_total_fire_per_column() {
        report().set("funds_rows.csv", where("table_no", "0", "row_kind", "carryover"), "full_year_budget", "10.25")
                .set("funds_rows.csv", where("table_no", "0", "row_kind", "appropriation"), "executed", "500");
        List<Finding> f = load(ReviewRule.SUM_FUNDS_ROWS);
        assertThat(f).extracting(Finding::field).containsExactlyInAnyOrder("full_year_budget", "executed");
        assertThat(f).allSatisfy(x -> assertThat(x.rowKind()).isEqualTo("total"));
    }

    @Test
    void funds_sub_rows_that_add_up_are_silent() {
        report().set("funds_rows.csv", where("table_no", "0", "row_kind", "carryover"), "full_year_budget", "10.25")
                .set("funds_rows.csv", where("table_no", "0", "row_kind", "appropriation"), "full_year_budget", "506.41");
        assertThat(load(ReviewRule.SUM_FUNDS_ROWS)).as("506.41 + 10.25 = 516.66; executed has no sub-rows").isEmpty();
    }

    /** The whole-unit table's sources left out, its 516.66 split by use (Guizhou's township form) instead. */
    private CsvDataSet splitByUse(String basic, String project) {
        return report().remove("funds_rows.csv", where("table_no", "0", "row_kind", "appropriation"))
                .remove("funds_rows.csv", where("table_no", "0", "row_kind", "carryover"))
                .remove("funds_rows.csv", where("table_no", "0", "row_kind", "other"))
                .add("funds_rows.csv", java.util.Map.of("unit_code", "zz-hetang-qwbgs", "fiscal_year", "2020", "table_no", "0",
                        "row_kind", "basic", "full_year_budget", basic))
                .add("funds_rows.csv", java.util.Map.of("unit_code", "zz-hetang-qwbgs", "fiscal_year", "2020", "table_no", "0",
                        "row_kind", "project", "full_year_budget", project));
    }

    @Test
    void a_split_by_use_that_misses_the_total_fires() {
        splitByUse("400", "100.5");
        assertThat(load(ReviewRule.SUM_FUNDS_ROWS)).singleElement().satisfies(x -> {
            assertThat(x.field()).isEqualTo("full_year_budget");
            assertThat(x.evidence()).containsEntry("sum", "500.50").containsEntry("total", "516.66");
        });
    }

    @Test
    void a_split_by_use_that_adds_up_is_silent() {
        splitByUse("478.56", "38.1");
        assertThat(load(ReviewRule.SUM_FUNDS_ROWS)).as("478.56 + 38.1 = 516.66").isEmpty();
    }

    @Test
    void special_account_and_own_funds_are_sources_of_the_total() {
        CsvDataSet set = report()
                .set("funds_rows.csv", where("table_no", "0", "row_kind", "appropriation"), "full_year_budget", "500")
                .add("funds_rows.csv", java.util.Map.of("unit_code", "zz-hetang-qwbgs", "fiscal_year", "2020", "table_no", "0",
                        "row_kind", "special_account", "full_year_budget", "10.66"))
                .add("funds_rows.csv", java.util.Map.of("unit_code", "zz-hetang-qwbgs", "fiscal_year", "2020", "table_no", "0",
                        "row_kind", "own", "full_year_budget", "6"));
        assertThat(load(ReviewRule.SUM_FUNDS_ROWS)).as("500 + 10.66 + 6 = 516.66").isEmpty();
        set.set("funds_rows.csv", where("table_no", "0", "row_kind", "own"), "full_year_budget", "16");
        assertThat(load(ReviewRule.SUM_FUNDS_ROWS)).extracting(Finding::field).containsExactly("full_year_budget");
    }

    @Test
    void an_empty_total_row_under_filled_sub_rows_fires() {
        report().set("funds_rows.csv", where("table_no", "0", "row_kind", "total"), "initial_budget", "")
                .set("reports.csv", where(), "expenditure_total", "0");
        List<Finding> f = load(ReviewRule.SUM_TOTAL_EMPTY);
        assertThat(f).extracting(ReviewFixture::where).containsExactlyInAnyOrder(
                "SUM_TOTAL_EMPTY f0-total", "SUM_TOTAL_EMPTY expenditure");
        assertThat(f).filteredOn(x -> x.tableNo() != null).singleElement()
                .satisfies(x -> assertThat(zh(x)).isEqualTo("整体支出表·资金·合计·年初预算数：合计为 未填，但其分项已填写，合计 457.18 万元。"));
    }

    @Test
    void a_total_with_empty_or_zero_sub_rows_is_silent() {
        report().set("funds_rows.csv", where("table_no", "0", "row_kind", "other"), "executed", "0");
        assertThat(load(ReviewRule.SUM_TOTAL_EMPTY)).isEmpty();
    }

    @Test
    void project_spending_below_what_the_projects_section_spent_fires() {
        report().set("reports.csv", where(), "expenditure_project", "38.1")
                .set("reports.csv", where(), "expenditure_basic", "478.56");
        List<Finding> f = load(ReviewRule.SUM_PROJECT_SPENDING);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).evidence()).containsEntry("stated", "38.10").containsEntry("section", "146.25");
    }

    @Test
    void project_spending_falls_back_to_the_listed_projects_when_the_text_gives_no_sum() {
        CsvDataSet r = report().set("reports.csv", where(), "initial_projects_actual", "")
                .set("reports.csv", where(), "midyear_projects_actual", "");
        assertThat(load(ReviewRule.SUM_PROJECT_SPENDING)).singleElement()
                .satisfies(x -> assertThat(x.evidence()).containsEntry("section", "93.00"));
        r.set("reports.csv", where(), "expenditure_project", "93").set("reports.csv", where(), "expenditure_basic", "423.66");
        assertThat(load(ReviewRule.SUM_PROJECT_SPENDING)).isEmpty();
    }

    @Test
    void project_spending_within_two_cents_is_silent() {
        report().set("reports.csv", where(), "expenditure_project", "146.27")
                .set("reports.csv", where(), "expenditure_basic", "370.39");
        assertThat(load(ReviewRule.SUM_PROJECT_SPENDING)).isEmpty();
    }

    @Test
    void initial_budgets_plus_the_mid_year_change_that_miss_the_actual_fire() {
        report().set("reports.csv", where(), "initial_projects_adjustment", "50");
        List<Finding> f = load(ReviewRule.SUM_PROJECT_BUDGET_CHANGE);
        assertThat(f).hasSize(1);
        assertThat(zh(f.get(0))).isEqualTo("年初预算项目：预算 93.00 万元 + 年中调整 50.00 万元 = 143.00 万元，但实际支出 146.25 万元 + 结余结转 0.00 万元 = 146.25 万元，相差 3.25 万元。");
        assertThat(f.get(0).rowKeys()).startsWith("projects", "p1", "p2");
    }

    @Test
    void a_mid_year_amount_not_spent_nor_carried_over_fires() {
        report().set("reports.csv", where(), "midyear_projects_budget", "12");
        assertThat(load(ReviewRule.SUM_PROJECT_BUDGET_CHANGE)).singleElement()
                .satisfies(x -> assertThat(x.evidence()).containsEntry("group", "midyear_projects").containsEntry("diff", "12.00"));
    }

    @Test
    void an_unspent_remainder_carried_over_is_silent() {
        report().set("reports.csv", where(), "initial_projects_actual", "140")
                .set("reports.csv", where(), "initial_projects_carryover", "6.25");
        assertThat(load(ReviewRule.SUM_PROJECT_BUDGET_CHANGE)).isEmpty();
    }

    @Test
    void a_whole_unit_table_total_that_differs_from_the_stated_income_fires() {
        report().set("reports.csv", where(), "income_total", "526.66")
                .set("reports.csv", where(), "income_adjustment", "69.48");
        List<Finding> f = load(ReviewRule.SUM_TABLE_VS_TEXT);
        assertThat(f).hasSize(1);
        assertThat(zh(f.get(0))).isEqualTo("整体支出表合计行全年预算数 516.66 万元，而正文预算收入 526.66 万元，相差 10.00 万元。");
        assertThat(f.get(0).rowKeys()).containsExactly("f0-total", "income");
    }

    @Test
    void executing_more_than_the_text_spent_after_its_balance_fires() {
        report().set("reports.csv", where(), "expenditure_basic", "360.41")
                .set("reports.csv", where(), "expenditure_balance", "10");
        List<Finding> f = load(ReviewRule.SUM_TABLE_VS_TEXT);
        assertThat(f).hasSize(1);
        assertThat(zh(f.get(0))).isEqualTo("整体支出表合计行全年执行数 516.66 万元，而正文支出减结余结转 506.66 万元，相差 10.00 万元。");
    }

    @Test
    void executing_what_the_text_spent_after_its_balance_is_silent() {
        report().set("reports.csv", where(), "expenditure_basic", "360.41")
                .set("reports.csv", where(), "expenditure_balance", "10")
                .set("funds_rows.csv", where("table_no", "0", "row_kind", "total"), "executed", "506.66")
                .set("funds_rows.csv", where("table_no", "0", "row_kind", "total"), "execution_rate_pct", "98.06");
        assertThat(load(ReviewRule.SUM_TABLE_VS_TEXT)).isEmpty();
    }

    @Test
    void a_whole_unit_table_that_agrees_with_the_text_is_silent() {
        report();
        assertThat(load(ReviewRule.SUM_TABLE_VS_TEXT)).isEmpty();
    }
}
