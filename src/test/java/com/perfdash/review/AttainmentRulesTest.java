package com.perfdash.review;

import static com.perfdash.review.CsvDataSet.where;
import static com.perfdash.review.ReviewFixture.en;
import static com.perfdash.review.ReviewFixture.zh;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Attainment: points off met targets, full points on missed ones, and what cannot be read. */
class AttainmentRulesTest extends RuleTestBase {

    @Test
    void a_point_off_15_trainings_of_10_without_a_note_fires() {
        report().set("indicators.csv", indicator(0, 4), "deviation_note", "");
        List<Finding> f = load(ReviewRule.ATTAIN_POINTS_OFF_MET);
        assertThat(f).extracting(ReviewFixture::where).containsExactly("ATTAIN_POINTS_OFF_MET i0-4");
    }

    @Test
    void a_note_that_says_nothing_counts_as_no_note() {
        report().set("indicators.csv", indicator(0, 2), "deviation_note", "无");
        assertThat(load(ReviewRule.ATTAIN_POINTS_OFF_MET)).extracting(Finding::indicatorSeq).containsExactly(2);
    }

    @Test
    void a_point_off_a_met_target_with_a_note_is_silent() {
        report();
        assertThat(load(ReviewRule.ATTAIN_POINTS_OFF_MET)).as("every row with points off has a note").isEmpty();
    }

    @Test
    void a_point_off_a_cost_kept_under_its_ceiling_fires() {
        report().set("indicators.csv", indicator(0, 7), "deviation_note", "")
                .set("indicators.csv", indicator(0, 7), "actual", "500.2 万元");
        assertThat(load(ReviewRule.ATTAIN_POINTS_OFF_MET)).singleElement()
                .satisfies(x -> assertThat(x.evidence()).containsEntry("target", "516.66 万元").containsEntry("actual", "500.2 万元"));
    }

    @Test
    void full_points_for_15_meetings_against_a_target_of_20_fire() {
        report().set("indicators.csv", indicator(0, 3), "actual", "15 次");
        List<Finding> f = load(ReviewRule.ATTAIN_FULL_POINTS_MISSED);
        assertThat(f).hasSize(1);
        assertThat(zh(f.get(0))).isEqualTo("整体支出表「召开工作会议」目标 20 次，实际 15 次，未完成，却得满分（5/5）。");
        assertThat(en(f.get(0))).isEqualTo("Whole-unit table: '召开工作会议' has target 20 次 and actual 15 次 — missed — yet scores full points (5 of 5).");
    }

    @Test
    void full_points_for_a_finish_after_the_deadline_fire() {
        report().set("indicators.csv", indicator(1, 4), "target", "2020年6月底前")
                .set("indicators.csv", indicator(1, 4), "actual", "2020年9月");
        assertThat(load(ReviewRule.ATTAIN_FULL_POINTS_MISSED)).extracting(Finding::indicatorSeq).containsExactly(4);
    }

    @Test
    void full_points_within_the_rounding_of_the_actual_or_on_qualitative_texts_are_silent() {
        report().set("indicators.csv", indicator(1, 10), "target", "95.5%")
                .set("indicators.csv", indicator(1, 3), "actual", "基本完成");
        assertThat(load(ReviewRule.ATTAIN_FULL_POINTS_MISSED)).isEmpty();
    }

    @Test
    void full_points_on_a_target_measured_in_other_units_are_silent() {
        report().set("indicators.csv", indicator(1, 1), "actual", "98 个");
        assertThat(load(ReviewRule.ATTAIN_FULL_POINTS_MISSED)).as("50 件 against 98 个 is not compared").isEmpty();
    }

    @Test
    void a_missed_target_with_no_deviation_note_fires() {
        report().set("indicators.csv", indicator(0, 5), "deviation_note", "");
        List<Finding> f = load(ReviewRule.ATTAIN_MISSED_NO_NOTE);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).severity()).isEqualTo(Severity.INFO);
        assertThat(zh(f.get(0))).isEqualTo("整体支出表「事项完成率」目标 100%，实际 95%，未完成（得 9/10 分），但未填写偏差原因分析及改进措施。");
    }

    @Test
    void a_missed_target_with_a_deviation_note_is_silent() {
        report();
        assertThat(load(ReviewRule.ATTAIN_MISSED_NO_NOTE)).isEmpty();
    }

    @Test
    void points_off_a_qualitative_indicator_without_a_note_fire() {
        report().set("indicators.csv", indicator(0, 9), "deviation_note", " ");
        List<Finding> f = load(ReviewRule.ATTAIN_POINTS_OFF_UNEXPLAINED);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).evidence()).containsEntry("outcome", "QUALITATIVE").containsEntry("lost", "1");
    }

    @Test
    void points_off_where_the_texts_cannot_be_compared_fire_as_unclear() {
        report().set("indicators.csv", indicator(0, 1), "score", "4").set("indicators.csv", indicator(0, 1), "actual", "4 场")
                .set("eval_tables.csv", where("table_no", "0"), "total_score", "91");
        assertThat(load(ReviewRule.ATTAIN_POINTS_OFF_UNEXPLAINED)).singleElement()
                .satisfies(x -> assertThat(en(x)).endsWith("target '4 次' and actual '4 场' cannot be compared outright (different units, or a gap within rounding)."));
    }

    @Test
    void full_points_on_a_qualitative_indicator_are_silent() {
        report();
        assertThat(load(ReviewRule.ATTAIN_POINTS_OFF_UNEXPLAINED)).as("qualitative rows with points off all have notes").isEmpty();
    }
}
