package com.perfdash.overview;

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
 * The overview's four trend charts as {@link ChartOptions}, from the pure chart data of
 * {@link OverviewChartMapper}, with the house defaults of {@link ChartBuilder}. Pure: no Vaadin, no
 * database. {@code text} translates a message key into the UI language (a view passes
 * {@code this::getTranslation}); {@code scope} names whose figures they are in the download's file name
 * (the unit categories; null for the whole district); {@code basis} is their 口径, which every title says.
 */
public final class OverviewCharts {

    /** 优 green, 良 teal, 中 orange, 差 red: the grade colours of the unit pages' score bands too. */
    static final List<String> GRADE_COLORS = List.of("#2e9d6a", "#1b9aaa", "#e8891c", "#d64545");
    /** Each band of grade_band (by its grade_key) with its colour and label: presentation only, the thresholds are the database's. */
    private static final Map<String, Integer> GRADE_ORDER = Map.of(GradeBand.EXCELLENT, 0, GradeBand.GOOD, 1,
            GradeBand.FAIR, 2, GradeBand.POOR, 3);
    private static final List<String> GRADE_KEYS = List.of(OverviewChartMapper.GRADE_EXCELLENT, OverviewChartMapper.GRADE_GOOD,
            OverviewChartMapper.GRADE_FAIR, OverviewChartMapper.GRADE_POOR);
    /** The top of a count axis when every count is smaller. */
    static final int MIN_COUNT_AXIS = 5;
    /** Lowest and highest score grey, the median in the house blue. */
    static final List<String> SCORE_COLORS = List.of("#8a8f98", "#1f5fbf", "#8a8f98");

    private OverviewCharts() {
    }

    /** 全年预算数 and 全年执行数 as columns (万元), the execution rate as a line on a second axis (%). */
    public static ChartOptions budget(YearChartData d, Function<String, String> text, Locale locale, String scope, Basis basis) {
        return BudgetChart.series(base(d, "overview.chart.budget", text, locale, scope, basis), text,
                values(d, OverviewChartMapper.FULL_YEAR_BUDGET), values(d, OverviewChartMapper.EXECUTED),
                values(d, OverviewChartMapper.EXECUTION_RATE)).build();
    }

    /** 基本支出 and 项目支出 stacked per year (万元). */
    public static ChartOptions spending(YearChartData d, Function<String, String> text, Locale locale, String scope, Basis basis) {
        return base(d, "overview.chart.spending", text, locale, scope, basis)
                .axis(text.apply("axis.wanYuan"), ValueFormat.WAN_YUAN)
                .column(name(d, OverviewChartMapper.BASIC_SPENDING, text), values(d, OverviewChartMapper.BASIC_SPENDING))
                .column(name(d, OverviewChartMapper.PROJECT_SPENDING, text), values(d, OverviewChartMapper.PROJECT_SPENDING))
                .stacked()
                .build();
    }

    /**
     * The year's lowest, median and highest total score as lines (points), over the shaded grade bands
     * ({@code grades}, as the database defines them: grade_band, db/views/03_report_metrics.sql).
     * The axis runs from 50 (lower if a score is lower) to 100, in steps of ten.
     */
    public static ChartOptions scores(YearChartData d, GradeBands grades, Function<String, String> text, Locale locale,
                                      String scope, Basis basis) {
        double low = Math.min(50, d.series(OverviewChartMapper.MIN_SCORE).values().stream().filter(Objects::nonNull)
                .mapToDouble(v -> Math.floor(v.doubleValue() / 10) * 10).min().orElse(50));
        double high = Math.max(100, d.series(OverviewChartMapper.MAX_SCORE).values().stream().filter(Objects::nonNull)
                .mapToDouble(v -> Math.ceil(v.doubleValue() / 10) * 10).max().orElse(100));
        ChartBuilder b = base(d, "overview.chart.scores", text, locale, scope, basis)
                .axis(text.apply("overview.axis.points"), ValueFormat.POINTS).axisRange(low, high)
                .line(name(d, OverviewChartMapper.MAX_SCORE, text), values(d, OverviewChartMapper.MAX_SCORE))
                .line(name(d, OverviewChartMapper.MEDIAN_SCORE, text), values(d, OverviewChartMapper.MEDIAN_SCORE))
                .line(name(d, OverviewChartMapper.MIN_SCORE, text), values(d, OverviewChartMapper.MIN_SCORE))
                .colors(SCORE_COLORS);
        for (GradeBand g : grades.bands()) {
            int i = GRADE_ORDER.get(g.gradeKey());
            b.band(g.lowerOr(low), g.upperOr(high), GRADE_COLORS.get(i), text.apply(GRADE_KEYS.get(i)));
        }
        return b.build();
    }

    /**
     * Reports per grade (优/良/中/差) stacked per year. Counts start at 0, and small counts get an axis
     * up to {@value #MIN_COUNT_AXIS}: left to itself, ApexCharts scales one report to fractional ticks
     * (0.2, 0.4 ...) that read as "0, 0, 1".
     */
    public static ChartOptions grades(YearChartData d, Function<String, String> text, Locale locale, String scope, Basis basis) {
        int largest = 0;
        for (int i = 0; i < d.years().size(); i++) {
            int stack = 0;
            for (YearSeries s : d.series()) {
                BigDecimal v = s.values().get(i);
                stack += v == null ? 0 : v.intValue();
            }
            largest = Math.max(largest, stack);
        }
        ChartBuilder b = base(d, "overview.chart.grades", text, locale, scope, basis)
                .axis(text.apply("overview.axis.reports"), ValueFormat.INTEGER)
                .axisRange(0.0, largest < MIN_COUNT_AXIS ? Double.valueOf(MIN_COUNT_AXIS) : null);
        for (String key : List.of(OverviewChartMapper.GRADE_EXCELLENT, OverviewChartMapper.GRADE_GOOD,
                OverviewChartMapper.GRADE_FAIR, OverviewChartMapper.GRADE_POOR)) {
            b.column(name(d, key, text), values(d, key));
        }
        return b.stacked().colors(GRADE_COLORS).build();
    }

    private static ChartBuilder base(YearChartData d, String key, Function<String, String> text, Locale locale,
                                     String scope, Basis basis) {
        return ChartBuilder.create(locale)
                .title(text.apply(key + ".title") + basis.shown(text))
                .fileName(text.apply(key + ".file"), scope)
                .categories(d.categories(), text.apply("chart.category.year"))
                .height(320);
    }

    private static String name(YearChartData d, String key, Function<String, String> text) {
        return text.apply(d.series(key).key());
    }

    private static List<? extends Number> values(YearChartData d, String key) {
        return d.series(key).values();
    }
}
