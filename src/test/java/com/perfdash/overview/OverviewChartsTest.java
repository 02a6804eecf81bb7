package com.perfdash.overview;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.TestGradeBands;
import com.perfdash.base.chart.ChartOptions;
import com.perfdash.base.chart.ValueFormat;
import com.perfdash.review.Basis;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Chart data to chart options: names, axes, stacking and gaps. */
class OverviewChartsTest {

    /** Stands in for the translations: the key's last part. */
    private static final Function<String, String> TEXT = key -> key.substring(key.lastIndexOf('.') + 1);

    private static final List<YearAggregate> GAP_IN_2022 = List.of(
            new YearAggregate(2021, 3, bd("600.00"), bd("565.00"), 3, bd("0.941667"), bd("380.00"), bd("185.00"),
                    null, null, null, null, 2, null, null, null, null, null, null, null, null, null, null),
            new YearAggregate(2023, 3, bd("700.50"), bd("644.35"), 3, bd("0.919843"), bd("420.35"), bd("224.00"),
                    null, null, null, null, 1, null, null, null, null, null, null, null, null, null, null));

    @Test
    void budget_chart_has_columns_in_wan_yuan_and_the_rate_as_a_line_on_a_second_axis() {
        ChartOptions o = OverviewCharts.budget(OverviewChartMapper.budgetAndExecution(GAP_IN_2022, 2021, 2023), TEXT, Locale.SIMPLIFIED_CHINESE, null, Basis.STATED);
        assertThat(o.categories()).containsExactly("2021", "2022", "2023");
        assertThat(o.series()).extracting(ChartOptions.Series::name).containsExactly("fullYearBudget", "executed", "executionRate");
        assertThat(o.series()).extracting(ChartOptions.Series::type)
                .containsExactly(ChartOptions.SeriesType.COLUMN, ChartOptions.SeriesType.COLUMN, ChartOptions.SeriesType.LINE);
        assertThat(o.series().get(2).data()).isEqualTo(Arrays.asList(bd("94.17"), null, bd("91.98")));
        assertThat(o.yaxis()).hasSize(2);
        assertThat(o.yaxis().get(0).labels().format()).isEqualTo(ValueFormat.WAN_YUAN);
        assertThat(o.yaxis().get(1).labels().format()).isEqualTo(ValueFormat.PERCENT);
        assertThat(o.yaxis().get(1).opposite()).isTrue();
        assertThat(o.yaxis().get(1).seriesName()).containsExactly("executionRate");
    }

    @Test
    void spending_and_grades_are_stacked_columns() {
        ChartOptions spending = OverviewCharts.spending(OverviewChartMapper.spending(GAP_IN_2022, 2021, 2023), TEXT, Locale.ENGLISH, null, Basis.STATED);
        assertThat(spending.chart().stacked()).isTrue();
        assertThat(spending.series()).extracting(ChartOptions.Series::name).containsExactly("basicSpending", "projectSpending");
        assertThat(spending.series().get(1).data()).isEqualTo(Arrays.asList(bd("185.00"), null, bd("224.00")));

        ChartOptions grades = OverviewCharts.grades(OverviewChartMapper.grades(
                List.of(new GradeMix(2021, 2, 1, 0, 0, 0)), 2021, 2022), TEXT, Locale.ENGLISH, null, Basis.STATED);
        assertThat(grades.chart().stacked()).isTrue();
        assertThat(grades.series()).extracting(ChartOptions.Series::name).containsExactly("excellent", "good", "fair", "poor");
        assertThat(grades.colors()).isEqualTo(OverviewCharts.GRADE_COLORS);
        assertThat(grades.yaxis().get(0).labels().format()).isEqualTo(ValueFormat.INTEGER);
        // three reports at most: the axis runs 0–5 in whole reports
        assertThat(grades.yaxis().get(0).min()).isEqualTo(0.0);
        assertThat(grades.yaxis().get(0).max()).isEqualTo(5.0);
        ChartOptions many = OverviewCharts.grades(OverviewChartMapper.grades(
                List.of(new GradeMix(2021, 12, 9, 4, 1, 0)), 2021, 2021), TEXT, Locale.ENGLISH, null, Basis.STATED);
        assertThat(many.yaxis().get(0).max()).isNull();
    }

    @Test
    void score_chart_draws_highest_median_and_lowest_as_lines_in_points() {
        ChartOptions o = OverviewCharts.scores(OverviewChartMapper.scores(List.of(
                new ScoreDistribution(2023, 3, bd("58"), bd("72"), bd("86"), bd("88"), bd("90"))), 2022, 2023), TestGradeBands.fromDatabase(), TEXT, Locale.ENGLISH, null, Basis.STATED);
        assertThat(o.series()).extracting(ChartOptions.Series::name).containsExactly("maxScore", "medianScore", "minScore");
        assertThat(o.series().get(1).data()).isEqualTo(Arrays.asList(null, bd("86")));
        assertThat(o.yaxis().get(0).labels().format()).isEqualTo(ValueFormat.POINTS);
        // 50–100 unless a score lies outside; 58 is inside
        assertThat(o.yaxis().get(0).min()).isEqualTo(50.0);
        assertThat(o.yaxis().get(0).max()).isEqualTo(100.0);
        // over the grade bands, as grade_band defines them, in the grade colours
        assertThat(o.annotations().yaxis()).extracting(b -> b.label().text(), b -> b.y().doubleValue(), b -> b.y2().doubleValue(),
                        b -> b.fillColor())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("excellent", 90.0, 100.0, OverviewCharts.GRADE_COLORS.get(0)),
                        org.assertj.core.groups.Tuple.tuple("good", 80.0, 90.0, OverviewCharts.GRADE_COLORS.get(1)),
                        org.assertj.core.groups.Tuple.tuple("fair", 60.0, 80.0, OverviewCharts.GRADE_COLORS.get(2)),
                        org.assertj.core.groups.Tuple.tuple("poor", 50.0, 60.0, OverviewCharts.GRADE_COLORS.get(3)));
        ChartOptions low = OverviewCharts.scores(OverviewChartMapper.scores(List.of(
                new ScoreDistribution(2023, 2, bd("41.5"), bd("50"), bd("60"), bd("70"), bd("80"))), 2023, 2023), TestGradeBands.fromDatabase(), TEXT, Locale.ENGLISH, null, Basis.STATED);
        assertThat(low.yaxis().get(0).min()).isEqualTo(40.0);
    }

    @Test
    void a_range_without_rows_gives_options_without_data() {
        assertThat(OverviewCharts.budget(OverviewChartMapper.budgetAndExecution(List.of(), 2018, 2019), TEXT, Locale.ENGLISH, null, Basis.STATED).hasData())
                .isFalse();
    }

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }
}
