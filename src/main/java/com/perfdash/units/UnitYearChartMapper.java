package com.perfdash.units;

import com.perfdash.base.chart.PercentValue;
import com.perfdash.base.chart.YearSlots;

import com.perfdash.base.chart.BudgetChart;
import com.perfdash.base.chart.ChartBuilder;
import com.perfdash.base.chart.ChartOptions;
import com.perfdash.base.chart.ValueFormat;
import com.perfdash.base.grade.GradeBand;
import com.perfdash.base.grade.GradeBands;
import com.perfdash.review.Basis;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One unit's years to the four charts of its page: full-year budget against executed with the execution
 * rate; basic against project spending; the total score with the grade bands shaded; project funding with
 * the number of projects. Every chart has one category per year from the first to the last reported; a
 * year in between without a report keeps its category with null values (a gap, not a 0). Pure: no Vaadin,
 * no database. {@code unitName} names the unit in the charts' download file names; {@code basis} is the
 * 口径 of the figures, which every title says.
 */
public final class UnitYearChartMapper {

    /**
     * How the score chart shows each grade band (by the grade_key of grade_band, db/views/03_report_metrics.sql):
     * colour and label. The thresholds are the database's ({@link GradeBands}).
     */
    private static final Map<String, List<String>> GRADE_SHOWN = Map.of(
            GradeBand.EXCELLENT, List.of("#2e9d6a", "units.grade.excellent"),
            GradeBand.GOOD, List.of("#1b9aaa", "units.grade.good"),
            GradeBand.FAIR, List.of("#e8891c", "units.grade.pass"),
            GradeBand.POOR, List.of("#d64545", "units.grade.fail"));

    private UnitYearChartMapper() {
    }

    /**
     * The series of the charts, one entry per year.
     *
     * @param executionRatePct 执行率 as a percent value (the metric's fraction × 100, two decimals)
     * @param projectCount     listed projects (null for a year without a report)
     */
    public record UnitSeries(List<String> years, List<BigDecimal> fullYearBudget, List<BigDecimal> executed,
                             List<BigDecimal> executionRatePct, List<BigDecimal> basicSpending,
                             List<BigDecimal> projectSpending, List<BigDecimal> totalScore,
                             List<BigDecimal> projectFunding, List<Integer> projectCount) {
    }

    public static UnitSeries toSeries(List<UnitYear> rows) {
        YearSlots<UnitYear> years = YearSlots.of(rows, UnitYear::fiscalYear);
        return new UnitSeries(years.labels(), years.series(UnitYear::fullYearBudget), years.series(UnitYear::executed),
                years.series(y -> PercentValue.of(y.executionRate())), years.series(UnitYear::basicSpending),
                years.series(UnitYear::projectSpending), years.series(UnitYear::totalScore), years.series(UnitYear::projectFunding),
                years.series(UnitYear::projectCount));
    }

    /** 全年预算数 and 全年执行数 (万元) as columns, 执行率 (%) as a line on the right axis. */
    public static ChartOptions budget(UnitSeries s, Function<String, String> text, Locale locale, String unitName,
                                     Basis basis) {
        ChartBuilder chart = ChartBuilder.create(locale)
                .title(text.apply("units.chart.budget.title") + basis.shown(text))
                .fileName(text.apply("units.chart.budget.file"), unitName)
                .categories(s.years(), text.apply("chart.category.year"));
        return BudgetChart.series(chart, text, s.fullYearBudget(), s.executed(), s.executionRatePct()).build();
    }

    /** 基本支出 and 项目支出 (万元), side by side. */
    public static ChartOptions spending(UnitSeries s, Function<String, String> text, Locale locale, String unitName,
                                     Basis basis) {
        return ChartBuilder.create(locale)
                .title(text.apply("units.chart.spending.title") + basis.shown(text))
                .fileName(text.apply("units.chart.spending.file"), unitName)
                .categories(s.years(), text.apply("chart.category.year"))
                .axis(text.apply("axis.wanYuan"), ValueFormat.WAN_YUAN)
                .column(text.apply("units.metric.basicSpending"), s.basicSpending())
                .column(text.apply("units.metric.projectSpending"), s.projectSpending())
                .colors(List.of(ChartBuilder.HOUSE_COLORS.get(0), ChartBuilder.HOUSE_COLORS.get(3)))
                .build();
    }

    /**
     * The total score by year (points) over the shaded grade bands ({@code grades}, as the database
     * defines them). The axis runs from 50 (lower if a score is lower) to 100 (higher if a score is
     * higher), in steps of ten.
     */
    public static ChartOptions score(UnitSeries s, GradeBands grades, Function<String, String> text, Locale locale,
                                     String unitName, Basis basis) {
        double low = Math.min(50, s.totalScore().stream().filter(Objects::nonNull)
                .mapToDouble(v -> Math.floor(v.doubleValue() / 10) * 10).min().orElse(50));
        double high = Math.max(100, s.totalScore().stream().filter(Objects::nonNull)
                .mapToDouble(v -> Math.ceil(v.doubleValue() / 10) * 10).max().orElse(100));
        ChartBuilder b = ChartBuilder.create(locale)
                .title(text.apply("units.chart.score.title") + basis.shown(text))
                .fileName(text.apply("units.chart.score.file"), unitName)
                .categories(s.years(), text.apply("chart.category.year"))
                .axis(text.apply("units.axis.points"), ValueFormat.POINTS).axisRange(low, high)
                .line(text.apply("units.metric.totalScore"), s.totalScore())
                .colors(List.of(ChartBuilder.HOUSE_COLORS.get(0)));
        for (GradeBand g : grades.bands()) {
            List<String> shown = GRADE_SHOWN.get(g.gradeKey());
            b.band(g.lowerOr(low), g.upperOr(high), shown.get(0), text.apply(shown.get(1)));
        }
        return b.build();
    }

    /** 项目资金 (the listed projects' budgets, 万元) as columns, the number of projects as a line on the right. */
    public static ChartOptions projectFunding(UnitSeries s, Function<String, String> text, Locale locale, String unitName,
                                     Basis basis) {
        return ChartBuilder.create(locale)
                .title(text.apply("units.chart.projects.title") + basis.shown(text))
                .fileName(text.apply("units.chart.projects.file"), unitName)
                .categories(s.years(), text.apply("chart.category.year"))
                .axis(text.apply("axis.wanYuan"), ValueFormat.WAN_YUAN)
                .column(text.apply("units.metric.projectFunding"), s.projectFunding())
                .axis(text.apply("units.axis.projects"), ValueFormat.INTEGER)
                .line(text.apply("units.metric.projectCount"), s.projectCount())
                .colors(List.of(ChartBuilder.HOUSE_COLORS.get(3), ChartBuilder.HOUSE_COLORS.get(6)))
                .build();
    }
}
