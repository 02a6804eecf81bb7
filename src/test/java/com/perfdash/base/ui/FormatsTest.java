package com.perfdash.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void money_has_thousands_separators_and_two_decimals() {
        assertThat(Formats.money(new BigDecimal("1234.5"))).isEqualTo("1,234.50");
        assertThat(Formats.money(new BigDecimal("516.665"))).isEqualTo("516.67");
        assertThat(Formats.money(BigDecimal.ZERO)).isEqualTo("0.00");
    }

    @Test
    void percent_has_one_decimal() {
        assertThat(Formats.percent(new BigDecimal("95"))).isEqualTo("95.0%");
        assertThat(Formats.percent(new BigDecimal("99.95"))).isEqualTo("100.0%");
        assertThat(Formats.percentOfFraction(new BigDecimal("0.9504"))).isEqualTo("95.0%");
    }

    @Test
    void points_drop_trailing_zeros() {
        assertThat(Formats.points(new BigDecimal("92.00"))).isEqualTo("92");
        assertThat(Formats.points(new BigDecimal("4.5"))).isEqualTo("4.5");
    }

    @Test
    void counts_have_thousands_separators() {
        assertThat(Formats.integer(1234)).isEqualTo("1,234");
    }

    @Test
    void a_missing_value_reads_as_a_dash_not_zero() {
        assertThat(Formats.money(null)).isEqualTo(Formats.MISSING);
        assertThat(Formats.percent(null)).isEqualTo(Formats.MISSING);
        assertThat(Formats.percentOfFraction(null)).isEqualTo(Formats.MISSING);
        assertThat(Formats.points(null)).isEqualTo(Formats.MISSING);
    }
}
