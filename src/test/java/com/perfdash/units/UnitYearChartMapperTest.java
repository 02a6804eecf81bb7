package com.perfdash.units;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.TestGradeBands;
import com.perfdash.base.chart.ChartOptions;
import com.perfdash.review.Basis;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class UnitYearChartMapperTest {

    private static BigDecimal m(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    private static UnitYear year(int year, String budget, String executed, Double rate, String score) {
        return new UnitYear(year, "demo", "f.docx", "demo/reports.csv", null, null, m(budget), m(executed), rate,
                m("100"), m("20"), null, null, m("30"), 3, m(score), null, 0);
    }

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Test
    void a_year_without_a_report_keeps_its_category_with_gaps() {
        UnitYearChartMapper.UnitSeries s = UnitYearChartMapper.toSeries(List.of(
                year(2020, "516.66", "516.66", 1.0, "92"), year(2018, "100", "90", 0.9, "85")));

        assertThat(s.years()).containsExactly("2018", "2019", "2020");
        assertThat(s.fullYearBudget()).isEqualTo(Arrays.asList(m("100"), null, m("516.66")));
        assertThat(s.executionRatePct()).isEqualTo(Arrays.asList(m("90.00"), null, m("100.00")));
        assertThat(s.totalScore()).isEqualTo(Arrays.asList(m("85"), null, m("92")));
        assertThat(s.projectCount()).isEqualTo(Arrays.asList(3, null, 3));
    }

    @Test
    void the_score_chart_shades_the_four_grade_bands_on_a_50_to_100_axis() {
        ChartOptions o = UnitYearChartMapper.score(UnitYearChartMapper.toSeries(List.of(year(2020, "1", "1", 1.0, "92"))), TestGradeBands.fromDatabase(),
                k -> k, ZH, "score", Basis.STATED);

        assertThat(o.yaxis().get(0).min()).isEqualTo(50.0);
        assertThat(o.yaxis().get(0).max()).isEqualTo(100.0);
        assertThat(o.annotations().yaxis()).extracting(a -> a.label().text(), a -> a.y().doubleValue(), a -> a.y2().doubleValue())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("units.grade.excellent", 90.0, 100.0),
                        org.assertj.core.groups.Tuple.tuple("units.grade.good", 80.0, 90.0),
                        org.assertj.core.groups.Tuple.tuple("units.grade.pass", 60.0, 80.0),
                        org.assertj.core.groups.Tuple.tuple("units.grade.fail", 50.0, 60.0));
    }

    @Test
    void scores_outside_50_to_100_widen_the_axis_to_the_next_ten() {
        ChartOptions o = UnitYearChartMapper.score(UnitYearChartMapper.toSeries(List.of(
                year(2019, "1", "1", 1.0, "43.5"), year(2020, "1", "1", 1.0, "104"))), TestGradeBands.fromDatabase(), k -> k, ZH, "score", Basis.STATED);

        assertThat(o.yaxis().get(0).min()).isEqualTo(40.0);
        assertThat(o.yaxis().get(0).max()).isEqualTo(110.0);
    }

    @Test
    void budget_and_project_charts_carry_their_series_in_order() {
        UnitYearChartMapper.UnitSeries s = UnitYearChartMapper.toSeries(List.of(year(2020, "516.66", "516.66", 1.0, "92")));

        assertThat(UnitYearChartMapper.budget(s, k -> k, ZH, "b", Basis.STATED).series()).extracting(ChartOptions.Series::name)
                .containsExactly("metric.fullYearBudget", "metric.executed", "metric.executionRate");
        assertThat(UnitYearChartMapper.spending(s, k -> k, ZH, "s", Basis.STATED).series()).extracting(ChartOptions.Series::name)
                .containsExactly("units.metric.basicSpending", "units.metric.projectSpending");
        ChartOptions projects = UnitYearChartMapper.projectFunding(s, k -> k, ZH, "p", Basis.STATED);
        assertThat(projects.series().get(0).data()).containsExactly(m("30"));
        assertThat(projects.series().get(1).data()).containsExactly(3);
    }
}
