package com.perfdash.review;

import static com.perfdash.review.CsvDataSet.where;
import static com.perfdash.review.ReviewFixture.en;
import static com.perfdash.review.ReviewFixture.of;
import static com.perfdash.review.ReviewFixture.zh;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Funds scoring: execution rate, funds score, over- and under-execution. */
class FundsRulesTest extends RuleTestBase {

    private static java.util.Map<String, String> total(int tableNo) {
        return where("table_no", String.valueOf(tableNo), "row_kind", "total");
    }

    @Test
    void a_stated_rate_of_100_percent_for_480_of_516_66_fires() {
        report().set("funds_rows.csv", total(0), "executed", "480");
        List<Finding> f = load(ReviewRule.FUNDS_RATE);
        assertThat(f).hasSize(1);
        assertThat(zh(f.get(0))).isEqualTo("整体支出表：执行率填写 100.0%，但全年执行数 480.00 ÷ 全年预算数 516.66 = 92.9%。");
        assertThat(f.get(0).rowKeys()).containsExactly("f0-total");
    }

    @Test
    void a_rate_rounded_to_a_whole_percent_is_silent() {
        report().set("funds_rows.csv", total(0), "executed", "514.5");
        assertThat(load(ReviewRule.FUNDS_RATE)).as("514.5 / 516.66 = 99.58 %, written 100 %").isEmpty();
    }

    @Test
    void a_funds_score_of_8_for_full_execution_fires() {
        report().set("funds_rows.csv", total(0), "score", "8");
        List<Finding> f = load(ReviewRule.FUNDS_SCORE);
        assertThat(f).hasSize(1);
        assertThat(en(f.get(0))).isEqualTo("Whole-unit table: the funds score is 8, but weight 10 × execution rate 100.0% (capped at the weight) = 10.");
    }

    @Test
    void full_funds_points_at_97_percent_fire() {
        report().set("funds_rows.csv", total(0), "executed", "501.16")
                .set("funds_rows.csv", total(0), "execution_rate_pct", "97");
        assertThat(load(ReviewRule.FUNDS_SCORE)).singleElement()
                .satisfies(f -> assertThat(f.evidence()).containsEntry("score", "10").containsEntry("expected", "9.7"));
    }

    @Test
    void a_funds_score_rounded_from_weight_times_rate_is_silent() {
        report().set("funds_rows.csv", total(1), "executed", "4.27")
                .set("funds_rows.csv", total(1), "execution_rate_pct", "95")
                .set("funds_rows.csv", total(1), "score", "9.5");
        assertThat(load(ReviewRule.FUNDS_SCORE)).as("10 × 4.27 / 4.5 = 9.49").isEmpty();
    }

    @Test
    void a_funds_score_capped_at_the_weight_above_100_percent_is_silent() {
        report().set("funds_rows.csv", total(0), "executed", "540")
                .set("funds_rows.csv", total(0), "execution_rate_pct", "104.52");
        List<Finding> all = loadAll();
        assertThat(of(all, ReviewRule.FUNDS_SCORE)).isEmpty();
        assertThat(of(all, ReviewRule.FUNDS_RATE)).isEmpty();
    }

    @Test
    void executing_540_of_a_516_66_budget_fires() {
        report().set("funds_rows.csv", total(0), "executed", "540")
                .set("funds_rows.csv", total(0), "execution_rate_pct", "104.52");
        List<Finding> f = load(ReviewRule.FUNDS_OVER_100);
        assertThat(f).hasSize(1);
        assertThat(zh(f.get(0))).isEqualTo("整体支出表：全年执行数 540.00 万元超过全年预算数 516.66 万元，执行率 104.5%。");
    }

    @Test
    void executing_a_rounding_above_the_budget_is_silent() {
        report().set("funds_rows.csv", total(0), "executed", "518");
        assertThat(load(ReviewRule.FUNDS_OVER_100)).as("100.26 % reads as 100 %").isEmpty();
    }

    @Test
    void a_project_executed_at_84_percent_with_no_reason_anywhere_fires() {
        report().set("funds_rows.csv", total(1), "executed", "3.8")
                .set("funds_rows.csv", total(1), "execution_rate_pct", "84.44")
                .set("funds_rows.csv", total(1), "score", "8.44");
        List<Finding> f = load(ReviewRule.FUNDS_LOW_UNEXPLAINED);
        assertThat(f).hasSize(1);
        assertThat(zh(f.get(0))).isEqualTo("项目表 1：执行率 84.4%（执行 3.80 万元 / 预算 4.50 万元）低于 90%，报告中未见原因说明。");
        assertThat(f.get(0).tableNo()).isEqualTo(1);
    }

    @Test
    void low_execution_explained_in_the_problems_section_is_silent() {
        report().set("funds_rows.csv", total(1), "executed", "3.8")
                .set("funds_rows.csv", total(1), "execution_rate_pct", "84.44")
                .set("funds_rows.csv", total(1), "score", "8.44")
                .set("report_texts.csv", where("section", "problems"), "body",
                        "党史资料征集受疫情影响，项目执行进度滞后，0.7 万元结转下年使用。");
        assertThat(load(ReviewRule.FUNDS_LOW_UNEXPLAINED)).isEmpty();
    }

    @Test
    void low_execution_explained_in_a_deviation_note_of_the_table_is_silent() {
        report().set("funds_rows.csv", total(1), "executed", "3.8")
                .set("indicators.csv", where("table_no", "1", "seq", "1"), "deviation_note", "资金未到位，部分工作延期");
        assertThat(load(ReviewRule.FUNDS_LOW_UNEXPLAINED)).isEmpty();
    }

    @Test
    void execution_of_exactly_90_percent_is_silent() {
        report().set("funds_rows.csv", total(1), "executed", "4.05");
        assertThat(load(ReviewRule.FUNDS_LOW_UNEXPLAINED)).isEmpty();
    }

    @Test
    void a_total_row_of_zeros_over_a_filled_sub_row_is_one_finding_and_no_rate() {
        // as the Anhui 棠溪镇 tables print it: 年度资金总额 0 / 0 / 0, 执行率 0, 得分 0 over 其中:本年财政拨款
        report().set("funds_rows.csv", total(1), "initial_budget", "0").set("funds_rows.csv", total(1), "full_year_budget", "0")
                .set("funds_rows.csv", total(1), "executed", "0").set("funds_rows.csv", total(1), "execution_rate_pct", "0")
                .set("funds_rows.csv", total(1), "score", "0")
                .set("funds_rows.csv", where("table_no", "1", "row_kind", "appropriation"), "executed", "4.5");
        List<Finding> all = loadAll();
        assertThat(all).filteredOn(f -> f.rule().group() == RuleGroup.FUNDS || f.rule() == ReviewRule.SCORE_OVER_EXEC_CAP)
                .as("执行率 0 of a 0 total is no execution rate").isEmpty();
        assertThat(of(all, ReviewRule.SUM_TOTAL_EMPTY)).singleElement().satisfies(f -> {
            assertThat(zh(f)).isEqualTo("项目表 1·资金·合计·年初预算数 / 全年预算数 / 全年执行数：合计为 0.00 / 0.00 / 0.00，但其分项已填写，合计 4.50 / 4.50 / 4.50 万元。");
            assertThat(en(f)).isEqualTo("Project table 1, funds, total row, initial budget / full-year budget / executed: the total is "
                    + "0.00 / 0.00 / 0.00 while its parts are filled in and sum to 4.50 / 4.50 / 4.50 万元.");
            assertThat(f.rowKeys()).containsExactly("f1-total", "f1-appropriation");
            assertThat(f.field()).isEqualTo("initial_budget");
        });
    }

    @Test
    void an_executed_total_of_0_over_a_filled_sub_row_reads_no_rate() {
        // 100 % stated over 0 executed of 516.66 would be FUNDS_RATE and FUNDS_LOW_UNEXPLAINED; the 0 is the empty total's
        report().set("funds_rows.csv", total(0), "executed", "0")
                .set("funds_rows.csv", where("table_no", "0", "row_kind", "appropriation"), "executed", "516.66");
        List<Finding> all = loadAll();
        assertThat(all).filteredOn(f -> f.rule().group() == RuleGroup.FUNDS).isEmpty();
        assertThat(of(all, ReviewRule.SUM_TOTAL_EMPTY)).extracting(ReviewFixture::zh)
                .containsExactly("整体支出表·资金·合计·全年执行数：合计为 0.00，但其分项已填写，合计 516.66 万元。");
    }
}
