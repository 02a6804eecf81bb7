package com.perfdash.overview;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Turns the overview's per-year rows into chart data: every year of the range is a category, a year
 * without a row gets nulls (a gap in the chart, not a 0), and rates become percent values (95.04 for
 * 95.04 %), which is what the charts' percent axis expects. Pure: no Vaadin, no database.
 */
public final class OverviewChartMapper {

    public static final String FULL_YEAR_BUDGET = "overview.series.fullYearBudget";
    public static final String EXECUTED = "overview.series.executed";
    public static final String EXECUTION_RATE = "overview.series.executionRate";
    public static final String BASIC_SPENDING = "overview.series.basicSpending";
    public static final String PROJECT_SPENDING = "overview.series.projectSpending";
    public static final String MIN_SCORE = "overview.series.minScore";
    public static final String Q1_SCORE = "overview.series.q1Score";
    public static final String MEDIAN_SCORE = "overview.series.medianScore";
    public static final String Q3_SCORE = "overview.series.q3Score";
    public static final String MAX_SCORE = "overview.series.maxScore";
    public static final String GRADE_EXCELLENT = "overview.grade.excellent";
    public static final String GRADE_GOOD = "overview.grade.good";
    public static final String GRADE_FAIR = "overview.grade.fair";
    public static final String GRADE_POOR = "overview.grade.poor";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private OverviewChartMapper() {
    }

    /** Every year from {@code fromYear} to {@code toYear}, inclusive. */
    public static List<Integer> yearRange(int fromYear, int toYear) {
        return IntStream.rangeClosed(fromYear, toYear).boxed().toList();
    }

    /** 全年预算数 and 全年执行数 (万元) per year, and the execution rate (percent value) for a second axis. */
    public static YearChartData budgetAndExecution(List<YearAggregate> rows, int fromYear, int toYear) {
        Map<Integer, YearAggregate> byYear = byYear(rows, YearAggregate::fiscalYear);
        List<Integer> years = yearRange(fromYear, toYear);
        return new YearChartData(years, List.of(
                series(FULL_YEAR_BUDGET, years, byYear, YearAggregate::fullYearBudget),
                series(EXECUTED, years, byYear, YearAggregate::executed),
                series(EXECUTION_RATE, years, byYear, y -> percent(y.executionRate()))));
    }

    /** 基本支出 and 项目支出 (万元) per year, to be stacked. */
    public static YearChartData spending(List<YearAggregate> rows, int fromYear, int toYear) {
        Map<Integer, YearAggregate> byYear = byYear(rows, YearAggregate::fiscalYear);
        List<Integer> years = yearRange(fromYear, toYear);
        return new YearChartData(years, List.of(
                series(BASIC_SPENDING, years, byYear, YearAggregate::basicSpending),
                series(PROJECT_SPENDING, years, byYear, YearAggregate::projectSpending)));
    }

    /** Minimum, quartiles, median and maximum of the total scores (points) per year. */
    public static YearChartData scores(List<ScoreDistribution> rows, int fromYear, int toYear) {
        Map<Integer, ScoreDistribution> byYear = byYear(rows, ScoreDistribution::fiscalYear);
        List<Integer> years = yearRange(fromYear, toYear);
        return new YearChartData(years, List.of(
                series(MIN_SCORE, years, byYear, ScoreDistribution::minScore),
                series(Q1_SCORE, years, byYear, ScoreDistribution::q1Score),
                series(MEDIAN_SCORE, years, byYear, ScoreDistribution::medianScore),
                series(Q3_SCORE, years, byYear, ScoreDistribution::q3Score),
                series(MAX_SCORE, years, byYear, ScoreDistribution::maxScore)));
    }

    /** Reports per grade (优, 良, 中, 差) per year, to be stacked; a year without reports is null, not 0. */
    public static YearChartData grades(List<GradeMix> rows, int fromYear, int toYear) {
        Map<Integer, GradeMix> byYear = byYear(rows, GradeMix::fiscalYear);
        List<Integer> years = yearRange(fromYear, toYear);
        return new YearChartData(years, List.of(
                countSeries(GRADE_EXCELLENT, years, byYear, GradeMix::excellent),
                countSeries(GRADE_GOOD, years, byYear, GradeMix::good),
                countSeries(GRADE_FAIR, years, byYear, GradeMix::fair),
                countSeries(GRADE_POOR, years, byYear, GradeMix::poor)));
    }

    /** A fraction as a percent value with two decimals, half up: 0.941667 → 94.17. */
    public static BigDecimal percent(BigDecimal fraction) {
        return fraction == null ? null : fraction.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP);
    }

    private static <T> Map<Integer, T> byYear(List<T> rows, ToIntFunction<T> year) {
        return rows.stream().collect(Collectors.toMap(year::applyAsInt, Function.identity(), (a, b) -> {
            throw new IllegalArgumentException("Two rows for one year");
        }));
    }

    private static <T> YearSeries series(String key, List<Integer> years, Map<Integer, T> byYear, Function<T, BigDecimal> value) {
        List<BigDecimal> values = new ArrayList<>(years.size());
        for (Integer y : years) {
            T row = byYear.get(y);
            values.add(row == null ? null : value.apply(row));
        }
        return new YearSeries(key, values);
    }

    private static <T> YearSeries countSeries(String key, List<Integer> years, Map<Integer, T> byYear, ToIntFunction<T> count) {
        return series(key, years, byYear, row -> BigDecimal.valueOf(count.applyAsInt(row)));
    }
}
