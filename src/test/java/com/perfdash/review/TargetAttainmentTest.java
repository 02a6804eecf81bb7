package com.perfdash.review;

import static com.perfdash.review.TargetAttainment.Outcome.MET;
import static com.perfdash.review.TargetAttainment.Outcome.MISSED;
import static com.perfdash.review.TargetAttainment.Outcome.QUALITATIVE;
import static com.perfdash.review.TargetAttainment.Outcome.UNCLEAR;
import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.review.TargetAttainment.Outcome;
import org.junit.jupiter.api.Test;

class TargetAttainmentTest {

    private static Outcome judge(String target, String actual) {
        return TargetAttainment.judge(MeasureParser.parse(target), MeasureParser.parse(actual), false);
    }

    private static Outcome judgeCost(String target, String actual) {
        return TargetAttainment.judge(MeasureParser.parse(target), MeasureParser.parse(actual), true);
    }

    @Test
    void more_than_the_target_count_is_met() {
        assertThat(judge("10 次", "15 次")).isEqualTo(MET);
        assertThat(judge("4 次", "4 次")).isEqualTo(MET);
        assertThat(judge("50 件", "98 件")).isEqualTo(MET);
        assertThat(judge("11 万件", "11.8 万件")).isEqualTo(MET);
    }

    @Test
    void fewer_than_the_target_count_is_missed() {
        assertThat(judge("10 次", "9 次")).isEqualTo(MISSED);
        assertThat(judge("100%", "95%")).isEqualTo(MISSED);
    }

    @Test
    void an_actual_written_with_a_comparator_is_an_interval() {
        assertThat(judge("≥95%", "≥95%")).isEqualTo(MET);
        assertThat(judge("100%", "≥95%")).as("somewhere between 95 and 100+").isEqualTo(UNCLEAR);
        assertThat(judge("≥95%", "≤90%")).isEqualTo(MISSED);
    }

    @Test
    void a_shortfall_within_the_written_rounding_is_unclear() {
        assertThat(judge("95.5%", "95%")).as("95% may be 95.4%").isEqualTo(UNCLEAR);
        assertThat(judge("95%", "94.6%")).isEqualTo(MISSED);
        assertThat(judge("95%", "94%")).isEqualTo(MISSED);
        assertThat(judge("12 万件", "11.8 万件")).isEqualTo(MISSED);
    }

    @Test
    void a_cost_target_is_a_ceiling() {
        assertThat(judgeCost("491.38 万元", "491.38 万元")).isEqualTo(MET);
        assertThat(judgeCost("491.38 万元", "480 万元")).isEqualTo(MET);
        assertThat(judgeCost("491.38 万元", "500 万元")).isEqualTo(MISSED);
        assertThat(judge("≤30万元", "28 万元")).isEqualTo(MET);
        assertThat(judge("≤30万元", "300000 元")).isEqualTo(MET);
        assertThat(judge("0 起", "2 起")).as("a target of 0 is a ceiling").isEqualTo(MISSED);
        assertThat(TargetAttainment.lowerIsBetter("成本指标", "成本控制数")).isTrue();
        assertThat(TargetAttainment.lowerIsBetter("质量指标", "安全事故发生次数")).isTrue();
        assertThat(TargetAttainment.lowerIsBetter("数量指标", "学习培训")).isFalse();
        assertThat(TargetAttainment.lowerIsBetter("数量指标", "处理消费投诉举报")).as("handling complaints").isFalse();
        assertThat(judge("1700 件", "2021 件")).isEqualTo(MET);
    }

    @Test
    void strict_targets_need_more_than_the_figure() {
        assertThat(judge(">90%", "90%")).isEqualTo(UNCLEAR);
        assertThat(judge(">90%", "91%")).isEqualTo(MET);
    }

    @Test
    void different_units_are_not_compared() {
        assertThat(judge("4 次", "4 个")).isEqualTo(UNCLEAR);
        assertThat(judge("95%", "2020 年")).isEqualTo(UNCLEAR);
    }

    @Test
    void dates_are_met_when_done_by_the_end_of_the_target_period() {
        assertThat(judge("2020 年 1 月-12 月", "2020 年 1 月-12 月")).isEqualTo(MET);
        assertThat(judge("2020年12月底前", "2020年11月")).isEqualTo(MET);
        assertThat(judge("2020年6月", "2020年9月")).isEqualTo(MISSED);
        assertThat(judge("2020年6月", "2020年1月-9月")).isEqualTo(UNCLEAR);
    }

    @Test
    void qualitative_texts_are_never_judged() {
        assertThat(judge("长期", "有所提升")).isEqualTo(QUALITATIVE);
        assertThat(judge("2020 年 1", "2020 年1 月")).as("a cut-off cell").isEqualTo(QUALITATIVE);
        assertThat(judge("确保工厂开工，企业、个体工", "持续保持")).isEqualTo(QUALITATIVE);
    }

    private static String above(String target, String actual, boolean lowerIsBetter) {
        return TargetAttainment.aboveTargetBy(MeasureParser.parse(target), MeasureParser.parse(actual), lowerIsBetter,
                new java.math.BigDecimal("30")).map(java.math.BigDecimal::toPlainString).orElse("-");
    }

    @Test
    void an_actual_30_percent_or_more_above_a_target_asking_for_at_least_is_a_deviation() {
        assertThat(above("10 次", "13 次", false)).as("(13 - 10) / 10").isEqualTo("30.0");
        assertThat(above("10 次", "12.9 次", false)).as("29 %").isEqualTo("-");
        assertThat(above("50 件", "98 件", false)).as("(98 - 50) / 50").isEqualTo("96.0");
        assertThat(above("11 万件", "15 万件", false)).as("(15 - 11) / 11 = 36.36").isEqualTo("36.4");
        assertThat(above("≥50%", "70%", false)).as("(70 - 50) / 50").isEqualTo("40.0");
        assertThat(above("10 次", "≥15 次", false)).as("at least 15: 50 % above at least").isEqualTo("50.0");
    }

    @Test
    void ceilings_other_units_an_actual_saying_at_most_and_texts_are_no_deviation_above_target() {
        assertThat(above("≤30万元", "45万元", false)).isEqualTo("-");
        assertThat(above("516.66 万元", "800 万元", true)).as("a cost target is a ceiling").isEqualTo("-");
        assertThat(above("0 次", "3 次", false)).isEqualTo("-");
        assertThat(above("10 次", "≤15 次", false)).isEqualTo("-");
        assertThat(above("4 次", "6 个", false)).isEqualTo("-");
        assertThat(above("长期", "有所提升", false)).isEqualTo("-");
        assertThat(above("2020 年 1 月-12 月", "2020 年 1 月-12 月", false)).isEqualTo("-");
    }
}
