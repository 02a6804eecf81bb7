package com.perfdash.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The one way a measure's value and change read. The overview's cards, the ranking, the watch list and
 * the Word summary all read their figures through {@link MeasureKind}, so each line here is what every
 * one of them shows for that figure: a page and the summary cannot disagree without one of these failing.
 */
class MeasureKindTest {

    private static final TranslationProvider PROVIDER = new TranslationProvider();
    private static final Translation ZH = (key, params) -> PROVIDER.getTranslation(key, Locale.SIMPLIFIED_CHINESE, params);
    private static final Translation EN = (key, params) -> PROVIDER.getTranslation(key, Locale.ENGLISH, params);

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void values_read_in_their_kinds_unit_which_the_label_names() {
        assertThat(MeasureKind.MONEY.value(d("516.66"))).isEqualTo("516.66");
        assertThat(MeasureKind.MONEY.value(d("1234.5"))).isEqualTo("1,234.50");
        assertThat(MeasureKind.RATE.value(d("0.953"))).isEqualTo("95.3%");
        assertThat(MeasureKind.POINTS.value(d("92.00"))).isEqualTo("92");
        assertThat(MeasureKind.POINTS.value(d("79.5"))).isEqualTo("79.5");
        assertThat(MeasureKind.COUNT.value(d("1234"))).isEqualTo("1,234");
        assertThat(MeasureKind.MONEY.value(null)).isEqualTo("—");
    }

    @Test
    void a_change_reads_with_its_sign_bare_under_a_header_that_names_the_unit() {
        assertThat(MeasureKind.MONEY.change(d("270.50")).signed()).isEqualTo("+270.50");
        assertThat(MeasureKind.MONEY.change(d("-42.41")).signed()).isEqualTo("-42.41");
        assertThat(MeasureKind.RATE.change(d("-0.015")).signed()).isEqualTo("-1.5");
        assertThat(MeasureKind.POINTS.change(d("2")).signed()).isEqualTo("+2");
        assertThat(MeasureKind.COUNT.change(d("1")).signed()).isEqualTo("+1");
        assertThat(MeasureKind.POINTS.change(null).signed()).isEqualTo("—");
    }

    @Test
    void a_rate_changes_in_percentage_points_and_points_in_points_where_nothing_else_names_the_unit() {
        assertThat(MeasureKind.RATE.change(d("-0.015")).signed(ZH)).isEqualTo("-1.5 个百分点");
        assertThat(MeasureKind.POINTS.change(d("2")).signed(ZH)).isEqualTo("+2 分");
        assertThat(MeasureKind.MONEY.change(d("12.3")).signed(ZH)).as("the label names 万元").isEqualTo("+12.30");
        assertThat(MeasureKind.RATE.change(d("-0.015")).signed(EN)).isEqualTo("-1.5 pp");
        assertThat(MeasureKind.POINTS.change(d("2")).signed(EN)).isEqualTo("+2 points");
    }

    @Test
    void a_change_that_rounds_to_zero_reads_without_a_sign_and_a_card_shows_it_level() {
        assertThat(MeasureKind.RATE.change(d("-0.0004")).signed(ZH)).isEqualTo("0.0 个百分点");
        assertThat(MeasureKind.MONEY.change(d("0.004")).signed()).isEqualTo("0.00");
        assertThat(MeasureKind.RATE.change(d("0.0004")).arrowed(ZH)).isEqualTo("＝ 0.0 个百分点");
        assertThat(MeasureKind.relativeChange(d("-0.0001")).signed()).isEqualTo("0.0%");
        assertThat(MeasureKind.COUNT.change(BigDecimal.ZERO).signed()).isEqualTo("0");
    }

    @Test
    void a_card_marks_the_same_change_with_an_arrow_instead_of_a_sign() {
        MeasureChange rate = MeasureKind.RATE.change(d("-0.005738"));   // 91.98 % after 92.56 %
        assertThat(rate.signed(ZH)).isEqualTo("-0.6 个百分点");
        assertThat(rate.arrowed(ZH)).isEqualTo("▼ 0.6 个百分点");
        assertThat(MeasureKind.POINTS.change(d("4.5")).arrowed(ZH)).isEqualTo("▲ 4.5 分");
        assertThat(MeasureKind.relativeChange(d("0.629")).arrowed(ZH)).isEqualTo("▲ 62.9%");
        assertThat(rate.direction()).isEqualTo(MeasureChange.Direction.DOWN);
    }

    @Test
    void money_and_counts_read_their_relative_change_beside_the_difference_rates_and_points_do_not() {
        // 全年预算数 760.50 after 490.00 万元; 4 reports after 3
        assertThat(MeasureKind.MONEY.yearOnYear(d("270.50"), d("0.552041"), ZH)).isEqualTo("+270.50（+55.2%）");
        assertThat(MeasureKind.COUNT.yearOnYear(d("1"), d("0.333333"), ZH)).isEqualTo("+1（+33.3%）");
        assertThat(MeasureKind.COUNT.yearOnYear(d("-2"), d("-0.4"), EN)).isEqualTo("-2 (-40.0%)");
        assertThat(MeasureKind.RATE.yearOnYear(d("-0.029"), d("-0.03"), ZH)).isEqualTo("-2.9 个百分点");
        assertThat(MeasureKind.POINTS.yearOnYear(d("2"), null, ZH)).isEqualTo("+2 分");
        assertThat(MeasureKind.MONEY.yearOnYear(null, null, ZH)).isEqualTo("—");
        assertThat(MeasureKind.MONEY.hasRelativeChange()).isTrue();
        assertThat(MeasureKind.COUNT.hasRelativeChange()).isTrue();
        assertThat(MeasureKind.RATE.hasRelativeChange()).isFalse();
        assertThat(MeasureKind.POINTS.hasRelativeChange()).isFalse();
    }
}
