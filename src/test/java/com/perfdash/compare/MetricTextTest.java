package com.perfdash.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MetricTextTest {

    @Test
    void values_read_in_the_metrics_unit_as_its_measure_kind_writes_them() {
        assertThat(CompareMetric.EXECUTION_RATE.kind().value(new BigDecimal("0.955555"))).isEqualTo("95.6%");
        assertThat(CompareMetric.EXECUTED.kind().value(new BigDecimal("1234.500000"))).isEqualTo("1,234.50");
        assertThat(CompareMetric.TOTAL_SCORE.kind().value(new BigDecimal("92.000000"))).isEqualTo("92");
        assertThat(CompareMetric.POINTS_LOST.kind().value(null)).isEqualTo("—");
    }

    @Test
    void changes_carry_their_sign_and_rates_change_in_percentage_points() {
        assertThat(MetricText.change(CompareMetric.EXECUTION_RATE, new BigDecimal("0.0400"))).isEqualTo("+4.0");
        assertThat(MetricText.change(CompareMetric.EXECUTION_RATE, new BigDecimal("-0.0312"))).isEqualTo("-3.1");
        assertThat(MetricText.change(CompareMetric.EXECUTED, new BigDecimal("12.3"))).isEqualTo("+12.30");
        assertThat(MetricText.change(CompareMetric.TOTAL_SCORE, new BigDecimal("-10"))).isEqualTo("-10");
        assertThat(MetricText.change(CompareMetric.TOTAL_SCORE, null)).isEqualTo("—");
    }

    @Test
    void a_change_that_rounds_to_zero_has_no_sign() {
        assertThat(MetricText.change(CompareMetric.EXECUTION_RATE, new BigDecimal("0.0004"))).isEqualTo("0.0");
        assertThat(MetricText.change(CompareMetric.EXECUTION_RATE, new BigDecimal("-0.0004"))).isEqualTo("0.0");
        assertThat(MetricText.relativeChange(new BigDecimal("-0.0001"))).isEqualTo("0.0%");
    }

    @Test
    void relative_changes_and_rank_changes_read_at_a_glance() {
        assertThat(MetricText.relativeChange(new BigDecimal("0.055556"))).isEqualTo("+5.6%");
        assertThat(MetricText.rankChange(3)).isEqualTo("↑3");
        assertThat(MetricText.rankChange(-2)).isEqualTo("↓2");
        assertThat(MetricText.rankChange(0)).isEqualTo("=");
        assertThat(MetricText.rankChange(null)).isEqualTo("—");
    }
}
