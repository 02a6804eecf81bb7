package com.perfdash.review;

import static com.perfdash.review.CsvDataSet.where;
import static com.perfdash.review.ReviewFixture.zh;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Indicator scoring: weights against the scheme the table declares, scores, totals and grades. */
class ScoringRulesTest extends RuleTestBase {

    @Test
    void benefit_weights_of_40_under_a_cap_of_30_fire() {
        report().set("indicators.csv", indicator(1, 8), "weight", "10").set("indicators.csv", indicator(1, 9), "weight", "10");
        List<Finding> all = loadAll();
        List<Finding> f = ReviewFixture.of(all, ReviewRule.WEIGHT_LEVEL1_CAP);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).evidence()).containsEntry("level1", "效益指标").containsEntry("weights", "40").containsEntry("cap", "30");
        assertThat(ReviewFixture.of(all, ReviewRule.WEIGHT_USUAL_CAP)).as("the declared cap is checked, not the usual one").isEmpty();
    }

    @Test
    void benefit_weights_of_40_in_a_table_that_declares_no_caps_warn_against_the_usual_30() {
        report().setAll("indicators.csv", "level1_cap", "")
                .set("indicators.csv", indicator(1, 8), "weight", "10").set("indicators.csv", indicator(1, 9), "weight", "10");
        List<Finding> all = loadAll();
        assertThat(ReviewFixture.of(all, ReviewRule.WEIGHT_LEVEL1_CAP)).isEmpty();
        assertThat(ReviewFixture.of(all, ReviewRule.WEIGHT_USUAL_CAP)).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(zh(x)).isEqualTo("项目表 1未写明一级指标分值；按常用的 10/50/30/10 方案，「效益指标」应为 30 分，其下 4 个三级指标分值合计 40 分。");
            assertThat(ReviewFixture.en(x)).isEqualTo("Project table 1 declares no level-1 points; under the usual 10/50/30/10 scheme '效益指标' "
                    + "would have 30 points, but the weights of its 4 indicators sum to 40.");
            assertThat(x.rowKeys()).containsExactly("i1-6", "i1-7", "i1-8", "i1-9");
        });
    }

    @Test
    void weights_at_the_usual_caps_in_a_table_that_declares_none_are_silent() {
        report().setAll("indicators.csv", "level1_cap", "");
        assertThat(load(ReviewRule.WEIGHT_USUAL_CAP)).as("10 + 50 + 30 + 10 in both tables").isEmpty();
    }

    @Test
    void a_20_plus_80_table_is_not_held_to_the_usual_caps() {
        // 产出 40 + 效益 30 + 满意度 10 under funds of 20: a scheme of its own, though it prints no level-1 caps
        CsvDataSet r = report().setAll("indicators.csv", "level1_cap", "")
                .set("indicators.csv", indicator(1, 4), "weight", "5").set("indicators.csv", indicator(1, 4), "score", "5")
                .set("indicators.csv", indicator(1, 5), "weight", "5").set("indicators.csv", indicator(1, 5), "score", "5");
        assertThat(load(ReviewRule.WEIGHT_USUAL_CAP)).as("with the funds' 10, 产出 40 is off the usual 50").hasSize(1);
        r.set("eval_tables.csv", where("table_no", "1"), "funds_weight", "20")
                .set("funds_rows.csv", where("table_no", "1", "row_kind", "total"), "weight", "20")
                .set("funds_rows.csv", where("table_no", "1", "row_kind", "total"), "score", "20");
        assertThat(load(ReviewRule.WEIGHT_USUAL_CAP)).isEmpty();
    }

    @Test
    void a_table_that_states_no_weights_is_not_held_to_the_usual_caps() {
        report().setAll("indicators.csv", "level1_cap", "").setAll("indicators.csv", "weight", "");
        assertThat(load(ReviewRule.WEIGHT_USUAL_CAP)).isEmpty();
    }

    @Test
    void weights_below_their_cap_fire_too() {
        report().set("indicators.csv", indicator(0, 1), "weight", "4").set("indicators.csv", indicator(0, 1), "score", "4");
        assertThat(load(ReviewRule.WEIGHT_LEVEL1_CAP)).singleElement()
                .satisfies(x -> assertThat(zh(x)).isEqualTo("整体支出表「产出指标」声明 50 分，但其下 7 个三级指标分值合计 49 分（得分合计 45 分）。"));
    }

    @Test
    void weights_that_fill_their_caps_are_silent() {
        report();
        assertThat(load(ReviewRule.WEIGHT_LEVEL1_CAP)).isEmpty();
    }

    @Test
    void caps_that_do_not_add_up_to_the_total_with_the_funds_weight_fire() {
        report().set("indicators.csv", where("table_no", "0", "level1", "产出指标"), "level1_cap", "60");
        List<Finding> f = load(ReviewRule.WEIGHT_SCHEME);
        assertThat(f).hasSize(1);
        assertThat(zh(f.get(0))).isEqualTo("整体支出表：资金 10 分 + 一级指标 产出指标 60 + 效益指标 30 + 满意度指标 10 = 110 分，与总分 100 分不符。");
    }

    @Test
    void a_20_plus_80_scheme_read_from_the_table_is_silent() {
        report().set("eval_tables.csv", where("table_no", "1"), "funds_weight", "20")
                .set("funds_rows.csv", where("table_no", "1", "row_kind", "total"), "weight", "20")
                .set("funds_rows.csv", where("table_no", "1", "row_kind", "total"), "score", "20")
                .set("indicators.csv", where("table_no", "1", "level1", "产出指标"), "level1_cap", "40")
                .set("indicators.csv", indicator(1, 4), "weight", "5").set("indicators.csv", indicator(1, 4), "score", "5")
                .set("indicators.csv", indicator(1, 5), "weight", "5").set("indicators.csv", indicator(1, 5), "score", "5");
        List<Finding> all = loadAll();
        assertThat(all).filteredOn(f -> f.rule().severity() == Severity.ERROR).isEmpty();
    }

    @Test
    void weights_adding_up_to_101_fire() {
        report().set("indicators.csv", indicator(0, 1), "weight", "6");
        List<Finding> f = load(ReviewRule.WEIGHT_TOTAL);
        assertThat(f).hasSize(1);
        assertThat(zh(f.get(0))).isEqualTo("整体支出表：资金分值 10 + 指标分值 91 = 101 分，与总分 100 分不符。");
        assertThat(f.get(0).rowKeys()).containsExactly("t0");
    }

    @Test
    void weights_adding_up_to_a_table_without_a_stated_total_use_100() {
        report().setAll("eval_tables.csv", "total_weight", "");
        assertThat(load(ReviewRule.WEIGHT_TOTAL)).isEmpty();
    }

    @Test
    void a_score_above_its_weight_or_below_zero_fires() {
        report().set("indicators.csv", indicator(0, 1), "score", "6").set("indicators.csv", indicator(0, 3), "score", "-1");
        List<Finding> f = load(ReviewRule.SCORE_RANGE);
        assertThat(f).extracting(Finding::indicatorSeq).containsExactlyInAnyOrder(1, 3);
        assertThat(f).filteredOn(x -> x.indicatorSeq() == 1).singleElement()
                .satisfies(x -> assertThat(zh(x)).isEqualTo("整体支出表「密切“四大家” 办公室协调衔接。」得分 6，超出 0 至分值 5 的范围。"));
    }

    @Test
    void a_score_equal_to_its_weight_or_zero_is_silent() {
        report().set("indicators.csv", indicator(0, 3), "score", "0").set("indicators.csv", indicator(0, 3), "deviation_note", "会议精简");
        assertThat(load(ReviewRule.SCORE_RANGE)).isEmpty();
    }

    @Test
    void a_stated_total_of_95_over_scores_of_92_fires() {
        report().set("eval_tables.csv", where("table_no", "0"), "total_score", "95");
        List<Finding> f = load(ReviewRule.SCORE_TOTAL);
        assertThat(f).hasSize(1);
        assertThat(zh(f.get(0))).isEqualTo("整体支出表：填写总得分 95，但资金得分 10 + 指标得分 82 = 92，相差 3。");
    }

    @Test
    void a_total_rounded_to_whole_points_is_silent() {
        report().set("funds_rows.csv", where("table_no", "0", "row_kind", "total"), "score", "9.6")
                .set("funds_rows.csv", where("table_no", "0", "row_kind", "total"), "executed", "496")
                .set("funds_rows.csv", where("table_no", "0", "row_kind", "total"), "execution_rate_pct", "96");
        assertThat(load(ReviewRule.SCORE_TOTAL)).as("9.6 + 82 = 91.6, written 92").isEmpty();
    }

    @Test
    void grade_good_for_a_total_of_92_fires() {
        report().set("eval_tables.csv", where("table_no", "0"), "grade", "良");
        List<Finding> f = load(ReviewRule.SCORE_GRADE);
        assertThat(f).hasSize(1);
        assertThat(zh(f.get(0))).isEqualTo("整体支出表：总得分 92（总分 100）应评为「优」，报告评为「良」。");
    }

    @Test
    void grades_on_the_band_edges_are_silent() {
        CsvDataSet r = report().set("eval_tables.csv", where("table_no", "0"), "total_score", "90");
        assertThat(load(ReviewRule.SCORE_GRADE)).as("90 (含) is 优").isEmpty();
        r.set("eval_tables.csv", where("table_no", "0"), "total_score", "89.5").set("eval_tables.csv", where("table_no", "0"), "grade", "良");
        assertThat(load(ReviewRule.SCORE_GRADE)).as("89.5 is 良").isEmpty();
        r.set("eval_tables.csv", where("table_no", "0"), "total_score", "59").set("eval_tables.csv", where("table_no", "0"), "grade", "差");
        assertThat(load(ReviewRule.SCORE_GRADE)).as("below 60 is 差").isEmpty();
    }
}
