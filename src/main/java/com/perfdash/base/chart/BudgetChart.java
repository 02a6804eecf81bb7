package com.perfdash.base.chart;

import java.util.List;
import java.util.function.Function;

/**
 * The budget chart every page that shows years draws (the overview, the data page, a unit's page): 全年预算数
 * and 全年执行数 as columns on a 万元 axis, 执行率 as a line on a second, percent axis. One definition of its
 * series, axes and names; the page gives the title, the file name and the categories.
 */
public final class BudgetChart {

    /** The series' names (translation keys); the overview's year data names its series by them too. */
    public static final String FULL_YEAR_BUDGET = "metric.fullYearBudget";
    public static final String EXECUTED = "metric.executed";
    public static final String EXECUTION_RATE = "metric.executionRate";

    private BudgetChart() {
    }

    /**
     * Adds the chart's axes and series to {@code chart}, one value per category (null: a gap).
     *
     * @param executionRatePct 执行率 as percent values ({@link PercentValue})
     * @param text             translates a message key into the UI language
     */
    public static ChartBuilder series(ChartBuilder chart, Function<String, String> text, List<? extends Number> fullYearBudget,
                                      List<? extends Number> executed, List<? extends Number> executionRatePct) {
        return chart.axis(text.apply("axis.wanYuan"), ValueFormat.WAN_YUAN)
                .column(text.apply(FULL_YEAR_BUDGET), fullYearBudget)
                .column(text.apply(EXECUTED), executed)
                .axis(text.apply("axis.executionRate"), ValueFormat.PERCENT)
                .line(text.apply(EXECUTION_RATE), executionRatePct);
    }
}
