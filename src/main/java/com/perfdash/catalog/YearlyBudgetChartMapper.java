package com.perfdash.catalog;

import com.perfdash.base.chart.PercentValue;
import com.perfdash.base.chart.YearSlots;

import com.perfdash.base.chart.BudgetChart;
import com.perfdash.base.chart.ChartBuilder;
import com.perfdash.base.chart.ChartOptions;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Yearly budget totals to the chart "全年预算数 and 全年执行数 per fiscal year, with the execution rate":
 * columns in 万元 on the left axis, the rate as a line in percent on the right axis. The rate is the one
 * the database defines for the year ({@link YearlyBudget#executionRate()}, year_metrics), shown as the
 * overview shows it ({@link PercentValue}); it is not computed here. Pure: no Vaadin, no
 * database.
 */
public final class YearlyBudgetChartMapper {

    private YearlyBudgetChartMapper() {
    }

    /**
     * The chart's data: one entry per fiscal year from the first to the last loaded year. A year
     * inside that range without reports keeps its category, with null values (a gap in the chart,
     * not a 0).
     *
     * @param years            the categories, e.g. "2019"
     * @param fullYearBudget   全年预算数 per year, 万元
     * @param executed         全年执行数 per year, 万元
     * @param executionRatePct 执行率 per year as a percent value (the year's rate × 100, two decimals, half
     *                         up); null where no report states both figures with a budget &gt; 0
     */
    public record YearlySeries(List<String> years, List<BigDecimal> fullYearBudget, List<BigDecimal> executed,
                               List<BigDecimal> executionRatePct) {
    }

    public static YearlySeries toSeries(List<YearlyBudget> rows) {
        YearSlots<YearlyBudget> years = YearSlots.of(rows, YearlyBudget::fiscalYear);
        return new YearlySeries(years.labels(), years.series(YearlyBudget::fullYearBudget), years.series(YearlyBudget::executed),
                years.series(r -> PercentValue.of(r.executionRate())));
    }

    /**
     * The chart's options with the house defaults.
     *
     * @param text   translates a message key into the UI language (a view passes {@code this::getTranslation})
     * @param locale the UI locale
     */
    public static ChartOptions toOptions(List<YearlyBudget> rows, Function<String, String> text, Locale locale) {
        YearlySeries s = toSeries(rows);
        ChartBuilder chart = ChartBuilder.create(locale)
                .title(text.apply("chart.yearlyBudget.title"))
                .fileName(text.apply("chart.yearlyBudget.file"), null)
                .categories(s.years(), text.apply("chart.category.year"));
        return BudgetChart.series(chart, text, s.fullYearBudget(), s.executed(), s.executionRatePct()).build();
    }
}
