package com.perfdash.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.TestGradeBands;
import com.perfdash.base.chart.ChartOptions.ColorRange;
import com.perfdash.base.grade.GradeBands;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class HeatmapScaleTest {

    private static final Function<String, String> KEYS = key -> key;
    /** The total score's bands, as the database defines them (grade_band). */
    private static final GradeBands GRADES = TestGradeBands.fromDatabase();
    private static final Function<BigDecimal, String> PLAIN = v -> v.stripTrailingZeros().toPlainString();

    private static List<BigDecimal> values(String... v) {
        return Arrays.stream(v).map(s -> s == null ? null : new BigDecimal(s)).toList();
    }

    /** The range a value falls in the way ApexCharts picks it: the last range holding it. */
    private static ColorRange rangeOf(List<ColorRange> ranges, BigDecimal cell) {
        ColorRange found = null;
        for (ColorRange r : ranges) {
            if (cell.compareTo(new BigDecimal(r.from().toString())) >= 0 && cell.compareTo(new BigDecimal(r.to().toString())) <= 0) {
                found = r;
            }
        }
        return found;
    }

    @Test
    void execution_rate_has_fixed_bands_from_red_to_green_and_a_boundary_goes_up() {
        List<ColorRange> ranges = HeatmapScale.ranges(CompareMetric.EXECUTION_RATE, values("79.99", "80.00", "95.00"), GRADES, KEYS, PLAIN);

        assertThat(ranges).extracting(ColorRange::name).containsExactly("compare.band.missing",
                "compare.band.executionRate.0", "compare.band.executionRate.1", "compare.band.executionRate.2",
                "compare.band.executionRate.3");
        assertThat(rangeOf(ranges, new BigDecimal("79.99")).color()).isEqualTo("#d64545");
        assertThat(rangeOf(ranges, new BigDecimal("80.00")).name()).isEqualTo("compare.band.executionRate.1");
        assertThat(rangeOf(ranges, new BigDecimal("95.00")).color()).isEqualTo("#2e9d6a");
        assertThat(rangeOf(ranges, new BigDecimal("120")).name()).isEqualTo("compare.band.executionRate.3");
    }

    @Test
    void no_band_holds_zero_so_a_missing_cell_keeps_the_grey_row_colour() {
        for (CompareMetric m : CompareMetric.values()) {
            List<ColorRange> ranges = HeatmapScale.ranges(m, values("0", "5", "12", "30", "50", "90", "99"), GRADES, KEYS, PLAIN);
            assertThat(rangeOf(ranges, BigDecimal.ZERO)).as(m.name()).isNull();
            assertThat(rangeOf(ranges, HeatmapScale.cell(BigDecimal.ZERO))).as(m.name()).isNotNull();
        }
    }

    @Test
    void a_real_zero_is_drawn_as_a_stand_in_that_reads_as_zero() {
        assertThat(HeatmapScale.cell(new BigDecimal("0.00"))).isEqualTo(HeatmapScale.ZERO_STAND_IN);
        assertThat(HeatmapScale.cell(new BigDecimal("3.50"))).isEqualTo(new BigDecimal("3.50"));
        assertThat(HeatmapScale.cell(null)).isNull();
        assertThat(HeatmapScale.ZERO_STAND_IN.setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("0");
    }

    @Test
    void points_lost_run_from_green_for_few_to_red_for_many() {
        List<ColorRange> ranges = HeatmapScale.ranges(CompareMetric.POINTS_LOST, values("0", "8", "25"), GRADES, KEYS, PLAIN);

        assertThat(rangeOf(ranges, HeatmapScale.cell(BigDecimal.ZERO)).color()).isEqualTo("#2e9d6a");
        assertThat(rangeOf(ranges, new BigDecimal("8")).name()).isEqualTo("compare.band.pointsLost.1");
        assertThat(rangeOf(ranges, new BigDecimal("25")).color()).isEqualTo("#d64545");
    }

    @Test
    void negative_values_get_a_range_of_their_own_only_when_there_are_some() {
        List<ColorRange> without = HeatmapScale.ranges(CompareMetric.POINTS_LOST, values("1", "8"), GRADES, KEYS, PLAIN);
        List<ColorRange> with = HeatmapScale.ranges(CompareMetric.POINTS_LOST, values("-2", "8"), GRADES, KEYS, PLAIN);

        assertThat(with).hasSize(without.size() + 1);
        assertThat(rangeOf(with, new BigDecimal("-2")).name()).isEqualTo("compare.band.pointsLost.0 (< 0)");
        assertThat(rangeOf(without, new BigDecimal("-2"))).isNull();
    }

    @Test
    void money_is_split_at_the_quintiles_of_the_values_shown() {
        List<BigDecimal> v = values("10", "20", "30", "40", "50", "60", "70", "80", "90", "100", null);
        List<ColorRange> ranges = HeatmapScale.ranges(CompareMetric.EXECUTED, v, GRADES, KEYS, PLAIN);

        assertThat(ranges).extracting(ColorRange::name)
                .containsExactly("compare.band.missing", "< 30", "30 – 50", "50 – 70", "70 – 90", "≥ 90");
        assertThat(rangeOf(ranges, new BigDecimal("20")).name()).isEqualTo("< 30");
        assertThat(rangeOf(ranges, new BigDecimal("30")).name()).isEqualTo("30 – 50");
        assertThat(rangeOf(ranges, new BigDecimal("100")).name()).isEqualTo("≥ 90");
        assertThat(ranges.subList(1, 6)).extracting(ColorRange::color).containsExactlyElementsOf(HeatmapScale.BLUES);
    }

    @Test
    void repeated_values_give_fewer_bands_and_one_value_one_band() {
        assertThat(HeatmapScale.ranges(CompareMetric.FULL_YEAR_BUDGET, values("5", "5", "5", "9"), GRADES, KEYS, PLAIN))
                .extracting(ColorRange::name).containsExactly("compare.band.missing", "< 9", "≥ 9");
        assertThat(HeatmapScale.ranges(CompareMetric.FULL_YEAR_BUDGET, values("5", "5"), GRADES, KEYS, PLAIN))
                .extracting(ColorRange::name).containsExactly("compare.band.missing", "compare.band.all");
        assertThat(HeatmapScale.ranges(CompareMetric.PROJECT_SHARE, values(), GRADES, KEYS, PLAIN))
                .extracting(ColorRange::name).containsExactly("compare.band.missing", "compare.band.all");
    }

    @Test
    void the_legend_only_range_for_missing_cells_matches_no_value() {
        List<ColorRange> ranges = HeatmapScale.ranges(CompareMetric.TOTAL_SCORE, values("85"), GRADES, KEYS, PLAIN);

        assertThat(ranges.get(0).color()).isEqualTo(HeatmapScale.MISSING_COLOR);
        assertThat(rangeOf(ranges, new BigDecimal("-5"))).isNull();
        assertThat(rangeOf(ranges, new BigDecimal("85")).name()).isEqualTo("compare.band.totalScore.2");
    }
}
