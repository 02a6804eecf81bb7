package com.perfdash.compare;

import com.perfdash.base.unit.UnitRef;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.TestGradeBands;
import com.perfdash.base.chart.ChartOptions;
import com.perfdash.base.chart.ValueFormat;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CompareChartMapperTest {

    private static final Function<String, String> KEYS = key -> key;

    private static RankingRow ranked(String code, String name, String value, int rank) {
        return new RankingRow(code, name, "街道/镇", 2023, new BigDecimal(value), rank, 3, null, null, null, null, null, 0, 2, null);
    }

    private static Comparison comparison(CompareMetric metric, List<UnitRef> lines) {
        CompareFilter filter = new CompareFilter(metric, 2023, 2021, 2023, null, lines.stream().map(UnitRef::unitCode).toList());
        List<RankingRow> ranking = List.of(ranked("a", "甲街道", "0.99", 1), ranked("b", "乙镇", "0.95", 2), ranked("c", "丙镇", "0", 3));
        List<UnitRef> heatmapUnits = ranking.stream().map(r -> new UnitRef(r.unitCode(), r.unitName(), r.category())).toList();
        List<UnitYearValue> values = List.of(
                new UnitYearValue("a", 2021, new BigDecimal("0.900000")), new UnitYearValue("a", 2023, new BigDecimal("0.990000")),
                new UnitYearValue("b", 2022, new BigDecimal("0.955555")), new UnitYearValue("b", 2023, null),
                new UnitYearValue("c", 2023, new BigDecimal("0.000000")));
        return new Comparison(filter, new RankingCount(ranking.size(), ranking.size()), heatmapUnits, lines, values);
    }

    @Test
    void rates_are_drawn_as_percent_values_with_two_decimals() {
        assertThat(CompareChartMapper.drawn(CompareMetric.EXECUTION_RATE, new BigDecimal("0.955555"))).isEqualTo(new BigDecimal("95.56"));
        assertThat(CompareChartMapper.drawn(CompareMetric.EXECUTED, new BigDecimal("516.660000"))).isEqualTo(new BigDecimal("516.66"));
        assertThat(CompareChartMapper.drawn(CompareMetric.POINTS_LOST, null)).isNull();
        assertThat(CompareChartMapper.format(CompareMetric.PROJECT_SHARE)).isEqualTo(ValueFormat.PERCENT);
        assertThat(CompareChartMapper.format(CompareMetric.FULL_YEAR_BUDGET)).isEqualTo(ValueFormat.WAN_YUAN);
        assertThat(CompareChartMapper.format(CompareMetric.TOTAL_SCORE)).isEqualTo(ValueFormat.POINTS);
    }

    @Test
    void heatmap_rows_run_bottom_up_so_rank_one_is_on_top_with_gaps_for_missing_years() {
        ChartOptions o = CompareChartMapper.heatmap(comparison(CompareMetric.EXECUTION_RATE, List.of()), TestGradeBands.fromDatabase(), KEYS, Locale.SIMPLIFIED_CHINESE);

        assertThat(o.categories()).containsExactly("2021", "2022", "2023");
        assertThat(o.series()).extracting(ChartOptions.Series::name).containsExactly("丙镇", "乙镇", "甲街道");
        assertThat(o.series().get(2).data()).isEqualTo(Arrays.asList(new BigDecimal("90.00"), null, new BigDecimal("99.00")));
        assertThat(o.series().get(1).data()).isEqualTo(Arrays.asList(null, new BigDecimal("95.56"), null));
        // a real 0 stays visible as a value, not a gap
        assertThat(o.series().get(0).data()).isEqualTo(Arrays.asList(null, null, HeatmapScale.ZERO_STAND_IN));
        assertThat(o.tooltip().y()).extracting(ChartOptions.TooltipValue::format).containsOnly(ValueFormat.PERCENT);
        // three rows are drawn at the smallest height; thirty get one row height each
        assertThat(o.chart().height()).isEqualTo(200);
    }

    @Test
    void lines_follow_the_chosen_units_in_their_order() {
        List<UnitRef> lines = List.of(new UnitRef("b", "乙镇", "街道/镇"), new UnitRef("a", "甲街道", "街道/镇"));
        ChartOptions o = CompareChartMapper.lines(comparison(CompareMetric.EXECUTION_RATE, lines), KEYS, Locale.SIMPLIFIED_CHINESE);

        assertThat(o.series()).extracting(ChartOptions.Series::name).containsExactly("乙镇", "甲街道");
        assertThat(o.series().get(1).data()).isEqualTo(Arrays.asList(new BigDecimal("90.00"), null, new BigDecimal("99.00")));
        assertThat(o.yaxis().get(0).labels().format()).isEqualTo(ValueFormat.PERCENT);
        assertThat(o.yaxis().get(0).title().text()).isEqualTo("compare.axis.execution_rate");
    }

    @Test
    void without_units_the_line_chart_is_empty() {
        ChartOptions o = CompareChartMapper.lines(comparison(CompareMetric.TOTAL_SCORE, List.of()), KEYS, Locale.SIMPLIFIED_CHINESE);

        assertThat(o.hasData()).isFalse();
    }

    @Test
    void units_of_the_same_name_are_told_apart_by_their_code() {
        List<UnitRef> lines = List.of(new UnitRef("x1", "城关镇", "街道/镇"), new UnitRef("x2", "城关镇", "街道/镇"));
        Comparison c = new Comparison(new CompareFilter(CompareMetric.EXECUTED, 2023, 2023, 2023, null, List.of("x1", "x2")),
                new RankingCount(0, 0), List.of(), lines, List.of());

        assertThat(CompareChartMapper.lines(c, KEYS, Locale.SIMPLIFIED_CHINESE).series()).extracting(ChartOptions.Series::name)
                .containsExactly("城关镇（x1）", "城关镇（x2）");
    }
}
