package com.perfdash.export;

import com.perfdash.base.chart.ChartOptions;
import com.perfdash.base.grade.GradeBands;
import com.perfdash.overview.Overview;
import com.perfdash.overview.OverviewChartMapper;
import com.perfdash.overview.OverviewCharts;
import com.perfdash.units.UnitYear;
import com.perfdash.units.UnitYearChartMapper;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The charts of an annual summary, as the pages define them: for the district or a category the
 * overview's four trend charts ({@link OverviewCharts}), for a unit its page's four charts
 * ({@link UnitYearChartMapper}), over the summary's years. The summary page draws these, and the
 * document takes the very images the page drew. Pure: no Vaadin, no database.
 */
public final class SummaryCharts {

    private SummaryCharts() {
    }

    /** {@code grades}: the 等级 bands as the database defines them, which the score charts shade. */
    public static List<ChartOptions> of(AnnualSummary s, GradeBands grades, Function<String, String> text, Locale locale) {
        if (s.isUnit()) {
            List<UnitYear> years = s.unit().years().stream()
                    .filter(y -> y.fiscalYear() >= s.fromYear() && y.fiscalYear() <= s.fiscalYear()).toList();
            UnitYearChartMapper.UnitSeries series = UnitYearChartMapper.toSeries(years);
            String unit = s.scopeName();
            return List.of(
                    UnitYearChartMapper.budget(series, text, locale, unit, s.basis()),
                    UnitYearChartMapper.spending(series, text, locale, unit, s.basis()),
                    UnitYearChartMapper.score(series, grades, text, locale, unit, s.basis()),
                    UnitYearChartMapper.projectFunding(series, text, locale, unit, s.basis()));
        }
        Overview o = s.overview();
        int from = s.fromYear();
        int to = s.fiscalYear();
        String scope = s.scopeName();
        return List.of(
                OverviewCharts.budget(OverviewChartMapper.budgetAndExecution(o.years(), from, to), text, locale, scope, s.basis()),
                OverviewCharts.spending(OverviewChartMapper.spending(o.years(), from, to), text, locale, scope, s.basis()),
                OverviewCharts.scores(OverviewChartMapper.scores(o.scoreDistributions(), from, to), grades, text, locale, scope, s.basis()),
                OverviewCharts.grades(OverviewChartMapper.grades(o.gradeMixes(), from, to), text, locale, scope, s.basis()));
    }
}
