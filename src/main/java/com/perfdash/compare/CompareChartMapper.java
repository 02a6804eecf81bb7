package com.perfdash.compare;

import com.perfdash.base.chart.PercentValue;
import com.perfdash.base.chart.YearSlots;

import com.perfdash.base.unit.UnitRef;

import com.perfdash.base.chart.ChartBuilder;
import com.perfdash.base.chart.ChartOptions;
import com.perfdash.base.chart.ValueFormat;
import com.perfdash.base.grade.GradeBands;
import com.perfdash.base.ui.Formats;
import com.perfdash.base.ui.MeasureKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A {@link Comparison} to its two charts: the heatmap (units × fiscal years, coloured by
 * {@link HeatmapScale}) and the lines of the chosen units. Rates and shares are drawn as percent values
 * (95 = 95 %); a year without a value is a gap (null), never 0. Pure: no Vaadin, no database.
 */
public final class CompareChartMapper {

    /** Row height of the heatmap in CSS pixels. */
    static final int HEATMAP_ROW_HEIGHT = 24;
    /** Eight distinguishable line colours: the house palette and one more. */
    static final List<String> LINE_COLORS = List.of(
            "#1f5fbf", "#2e9d6a", "#e8891c", "#7b4fb3", "#d64545", "#1b9aaa", "#8a8f98", "#b5651d");

    private CompareChartMapper() {
    }

    /** The fiscal years of the filter's range as categories, oldest first. */
    public static List<String> years(CompareFilter filter) {
        return YearSlots.spanning(List.of(filter.fromYear(), filter.toYear())).labels();
    }

    /** A value as drawn: rates and shares as percent values with two decimals, others as they are. */
    public static BigDecimal drawn(CompareMetric metric, BigDecimal value) {
        if (value == null) {
            return null;
        }
        return metric.kind() == MeasureKind.RATE ? PercentValue.of(value) : value.setScale(2, RoundingMode.HALF_UP);
    }

    public static ValueFormat format(CompareMetric metric) {
        return switch (metric.kind()) {
            case MONEY -> ValueFormat.WAN_YUAN;
            case RATE -> ValueFormat.PERCENT;
            case POINTS -> ValueFormat.POINTS;
            case COUNT -> ValueFormat.INTEGER;
        };
    }

    /** Each unit's drawn values, one per year of the range (null where there is none). */
    static Map<String, List<BigDecimal>> rows(Comparison c) {
        List<String> years = years(c.filter());
        Map<String, Map<Integer, BigDecimal>> byUnit = new HashMap<>();
        for (UnitYearValue v : c.values()) {
            byUnit.computeIfAbsent(v.unitCode(), k -> new HashMap<>()).put(v.fiscalYear(), drawn(c.filter().metric(), v.value()));
        }
        Map<String, List<BigDecimal>> rows = new HashMap<>();
        for (var e : byUnit.entrySet()) {
            List<BigDecimal> row = new ArrayList<>();
            for (String y : years) {
                row.add(e.getValue().get(Integer.parseInt(y)));
            }
            rows.put(e.getKey(), row);
        }
        return rows;
    }

    /**
     * The heatmap: one row per heatmap unit, rank 1 at the top, one column per fiscal year.
     *
     * @param grades the 等级 bands as the database defines them (the total score's colour bands)
     * @param text translates a message key (a view passes {@code this::getTranslation})
     */
    public static ChartOptions heatmap(Comparison c, GradeBands grades, Function<String, String> text, Locale locale) {
        CompareMetric metric = c.filter().metric();
        List<String> years = years(c.filter());
        Map<String, List<BigDecimal>> rows = rows(c);
        List<BigDecimal> all = new ArrayList<>();
        c.heatmapUnits().forEach(u -> all.addAll(rows.getOrDefault(u.unitCode(), List.of())));
        String metricName = text.apply("compare.metric." + metric.code());
        ChartBuilder b = ChartBuilder.create(locale)
                .title(text.apply("compare.heatmap.title").replace("{0}", metricName) + c.filter().basis().shown(text))
                .fileName(text.apply("compare.heatmap.file").replace("{0}", metricName), c.filter().category())
                .categories(years, text.apply("chart.category.year"))
                .colors(List.of(HeatmapScale.MISSING_COLOR))
                .height(Math.max(200, 110 + HEATMAP_ROW_HEIGHT * c.heatmapUnits().size()))
                .heatmap(HeatmapScale.ranges(metric, all, grades, text, v -> threshold(metric, v)))
                .axis(text.apply("compare.axis." + metric.code()), format(metric));
        List<UnitRef> units = c.heatmapUnits();
        if (units.isEmpty()) {
            return b.heatmap(List.of()).heatmapRow(metricName, years.stream().map(y -> (BigDecimal) null).toList()).build();
        }
        // ApexCharts draws the last row at the top: add the ranking bottom-up
        for (int i = units.size() - 1; i >= 0; i--) {
            UnitRef u = units.get(i);
            List<BigDecimal> cells = rows.getOrDefault(u.unitCode(), nulls(years.size())).stream()
                    .map(HeatmapScale::cell).toList();
            b.heatmapRow(uniqueName(u, units), cells);
        }
        return b.build();
    }

    /** The lines of the chosen units over the years, in the order chosen. */
    public static ChartOptions lines(Comparison c, Function<String, String> text, Locale locale) {
        CompareMetric metric = c.filter().metric();
        List<String> years = years(c.filter());
        Map<String, List<BigDecimal>> rows = rows(c);
        String metricName = text.apply("compare.metric." + metric.code());
        ChartBuilder b = ChartBuilder.create(locale)
                .title(text.apply("compare.lines.title").replace("{0}", metricName) + c.filter().basis().shown(text))
                .fileName(text.apply("compare.lines.file").replace("{0}", metricName), c.filter().category())
                .categories(years, text.apply("chart.category.year"))
                .colors(LINE_COLORS)
                .axis(text.apply("compare.axis." + metric.code()), format(metric));
        if (c.lineUnits().isEmpty()) {
            return b.line(metricName, nulls(years.size())).build();
        }
        for (UnitRef u : c.lineUnits()) {
            b.line(uniqueName(u, c.lineUnits()), rows.getOrDefault(u.unitCode(), nulls(years.size())));
        }
        return b.build();
    }

    private static List<BigDecimal> nulls(int n) {
        List<BigDecimal> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(null);
        }
        return list;
    }

    /** The unit's name, with its code when another unit of the chart has the same name. */
    private static String uniqueName(UnitRef u, List<UnitRef> all) {
        long same = all.stream().filter(o -> o.unitName().equals(u.unitName())).count();
        return same > 1 ? u.unitName() + "（" + u.unitCode() + "）" : u.unitName();
    }

    private static String threshold(CompareMetric metric, BigDecimal v) {
        return switch (metric.kind()) {
            case MONEY -> Formats.money(v);
            case RATE -> Formats.percent(v);
            case POINTS -> Formats.points(v);
            case COUNT -> Formats.integer(v.longValue());
        };
    }
}
