package com.perfdash.overview;

import static com.perfdash.overview.OverviewChartMapper.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows to chart data: every year of the range is a category; a year without a row is a gap. */
class OverviewChartMapperTest {

    private static YearAggregate year(int fiscalYear, String budget, String executed, String rate, String basic, String project) {
        return new YearAggregate(fiscalYear, 3, bd(budget), bd(executed), 3, bd(rate), bd(basic), bd(project),
                null, null, null, null, 0, null, null, null, null, null, null, null, null, null, null);
    }

    private static final List<YearAggregate> GAP_IN_2022 = List.of(
            year(2021, "600.00", "565.00", "0.941667", "380.00", "185.00"),
            year(2023, "700.50", "644.35", "0.919843", "420.35", "224.00"));

    @Test
    void a_missing_year_in_the_middle_of_the_range_is_a_null_in_every_series() {
        YearChartData chart = budgetAndExecution(GAP_IN_2022, 2021, 2023);
        assertThat(chart.categories()).containsExactly("2021", "2022", "2023");
        assertThat(chart.series(FULL_YEAR_BUDGET).values()).containsExactly(bd("600.00"), null, bd("700.50"));
        assertThat(chart.series(EXECUTED).values()).containsExactly(bd("565.00"), null, bd("644.35"));
        assertThat(chart.series(EXECUTION_RATE).values()).containsExactly(bd("94.17"), null, bd("91.98"));
    }

    @Test
    void years_of_the_range_before_and_after_the_data_are_nulls_too() {
        YearChartData chart = spending(GAP_IN_2022, 2020, 2024);
        assertThat(chart.years()).containsExactly(2020, 2021, 2022, 2023, 2024);
        assertThat(chart.series(BASIC_SPENDING).values()).containsExactly(null, bd("380.00"), null, bd("420.35"), null);
        assertThat(chart.series(PROJECT_SPENDING).values()).containsExactly(null, bd("185.00"), null, bd("224.00"), null);
        assertThat(chart.hasData()).isTrue();
    }

    @Test
    void a_figure_no_report_states_stays_null_not_zero() {
        YearAggregate noRate = new YearAggregate(2021, 1, bd("10"), null, 0, null, null, null,
                null, null, null, null, 0, null, null, null, null, null, null, null, null, null, null);
        YearChartData chart = budgetAndExecution(List.of(noRate), 2021, 2021);
        assertThat(chart.series(EXECUTED).values()).containsExactly((BigDecimal) null);
        assertThat(chart.series(EXECUTION_RATE).values()).containsExactly((BigDecimal) null);
    }

    @Test
    void nothing_in_the_range_gives_a_chart_without_data() {
        YearChartData chart = budgetAndExecution(List.of(), 2018, 2020);
        assertThat(chart.categories()).containsExactly("2018", "2019", "2020");
        assertThat(chart.hasData()).isFalse();
    }

    @Test
    void score_bands_keep_the_five_statistics_in_order() {
        YearChartData chart = scores(List.of(
                new ScoreDistribution(2021, 3, bd("85"), bd("88.5"), bd("92"), bd("93.5"), bd("95")),
                new ScoreDistribution(2023, 3, bd("58"), bd("72"), bd("86"), bd("88"), bd("90"))), 2021, 2023);
        assertThat(chart.series()).extracting(YearSeries::key)
                .containsExactly(MIN_SCORE, Q1_SCORE, MEDIAN_SCORE, Q3_SCORE, MAX_SCORE);
        assertThat(chart.series(MEDIAN_SCORE).values()).containsExactly(bd("92"), null, bd("86"));
        assertThat(chart.series(MIN_SCORE).values()).containsExactly(bd("85"), null, bd("58"));
    }

    @Test
    void grade_counts_are_numbers_per_year_and_a_missing_year_is_null_not_zero() {
        YearChartData chart = grades(List.of(new GradeMix(2021, 2, 1, 0, 0, 0), new GradeMix(2023, 1, 1, 0, 1, 0)), 2021, 2023);
        assertThat(chart.series()).extracting(YearSeries::key)
                .containsExactly(GRADE_EXCELLENT, GRADE_GOOD, GRADE_FAIR, GRADE_POOR);
        assertThat(chart.series(GRADE_EXCELLENT).values()).containsExactly(bd("2"), null, bd("1"));
        assertThat(chart.series(GRADE_FAIR).values()).containsExactly(bd("0"), null, bd("0"));
        assertThat(chart.series(GRADE_POOR).values()).containsExactly(bd("0"), null, bd("1"));
    }

    @Test
    void a_series_must_have_one_value_per_year() {
        assertThatThrownBy(() -> new YearChartData(List.of(2021, 2022), List.of(new YearSeries("k", Arrays.asList(bd("1"))))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }
}
