package com.perfdash.overview;

import com.perfdash.base.chart.BudgetChart;
import com.perfdash.base.chart.PercentValue;
import com.perfdash.base.chart.YearSlots;
import java.math.BigDecimal;
import java.util.List;

/**
 * Turns the overview's per-year rows into chart data: every year of the range is a category, a year
 * without a row gets nulls (a gap in the chart, not a 0), and rates become percent values (95.04 for
 * 95.04 %), which is what the charts' percent axis expects. Pure: no Vaadin, no database.
 */
public final class OverviewChartMapper {

    public static final String FULL_YEAR_BUDGET = BudgetChart.FULL_YEAR_BUDGET;
    public static final String EXECUTED = BudgetChart.EXECUTED;
    public static final String EXECUTION_RATE = BudgetChart.EXECUTION_RATE;
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

    private OverviewChartMapper() {
    }

    /** 全年预算数 and 全年执行数 (万元) per year, and the execution rate (percent value) for a second axis. */
    public static YearChartData budgetAndExecution(List<YearAggregate> rows, int fromYear, int toYear) {
        YearSlots<YearAggregate> years = YearSlots.between(fromYear, toYear, rows, YearAggregate::fiscalYear);
        return new YearChartData(years.years(), List.of(
                new YearSeries(FULL_YEAR_BUDGET, years.series(YearAggregate::fullYearBudget)),
                new YearSeries(EXECUTED, years.series(YearAggregate::executed)),
                new YearSeries(EXECUTION_RATE, years.series(y -> PercentValue.of(y.executionRate())))));
    }

    /** 基本支出 and 项目支出 (万元) per year, to be stacked. */
    public static YearChartData spending(List<YearAggregate> rows, int fromYear, int toYear) {
        YearSlots<YearAggregate> years = YearSlots.between(fromYear, toYear, rows, YearAggregate::fiscalYear);
        return new YearChartData(years.years(), List.of(
                new YearSeries(BASIC_SPENDING, years.series(YearAggregate::basicSpending)),
                new YearSeries(PROJECT_SPENDING, years.series(YearAggregate::projectSpending))));
    }

    /** Minimum, quartiles, median and maximum of the total scores (points) per year. */
    public static YearChartData scores(List<ScoreDistribution> rows, int fromYear, int toYear) {
        YearSlots<ScoreDistribution> years = YearSlots.between(fromYear, toYear, rows, ScoreDistribution::fiscalYear);
        return new YearChartData(years.years(), List.of(
                new YearSeries(MIN_SCORE, years.series(ScoreDistribution::minScore)),
                new YearSeries(Q1_SCORE, years.series(ScoreDistribution::q1Score)),
                new YearSeries(MEDIAN_SCORE, years.series(ScoreDistribution::medianScore)),
                new YearSeries(Q3_SCORE, years.series(ScoreDistribution::q3Score)),
                new YearSeries(MAX_SCORE, years.series(ScoreDistribution::maxScore))));
    }

    /** Reports per grade (优, 良, 中, 差) per year, to be stacked; a year without reports is null, not 0. */
    public static YearChartData grades(List<GradeMix> rows, int fromYear, int toYear) {
        YearSlots<GradeMix> years = YearSlots.between(fromYear, toYear, rows, GradeMix::fiscalYear);
        return new YearChartData(years.years(), List.of(
                new YearSeries(GRADE_EXCELLENT, years.series(g -> BigDecimal.valueOf(g.excellent()))),
                new YearSeries(GRADE_GOOD, years.series(g -> BigDecimal.valueOf(g.good()))),
                new YearSeries(GRADE_FAIR, years.series(g -> BigDecimal.valueOf(g.fair()))),
                new YearSeries(GRADE_POOR, years.series(g -> BigDecimal.valueOf(g.poor())))));
    }
}
