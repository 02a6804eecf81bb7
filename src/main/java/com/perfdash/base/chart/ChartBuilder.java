package com.perfdash.base.chart;

import com.perfdash.base.chart.ChartOptions.AnnotationLabel;
import com.perfdash.base.chart.ChartOptions.AnnotationLabelStyle;
import com.perfdash.base.chart.ChartOptions.Annotations;
import com.perfdash.base.chart.ChartOptions.AxisTitle;
import com.perfdash.base.chart.ChartOptions.Bar;
import com.perfdash.base.chart.ChartOptions.Chart;
import com.perfdash.base.chart.ChartOptions.ChartType;
import com.perfdash.base.chart.ChartOptions.ColorRange;
import com.perfdash.base.chart.ChartOptions.ColorScale;
import com.perfdash.base.chart.ChartOptions.Csv;
import com.perfdash.base.chart.ChartOptions.DataLabels;
import com.perfdash.base.chart.ChartOptions.Export;
import com.perfdash.base.chart.ChartOptions.FileName;
import com.perfdash.base.chart.ChartOptions.Heatmap;
import com.perfdash.base.chart.ChartOptions.Labels;
import com.perfdash.base.chart.ChartOptions.Legend;
import com.perfdash.base.chart.ChartOptions.Markers;
import com.perfdash.base.chart.ChartOptions.PlotOptions;
import com.perfdash.base.chart.ChartOptions.Series;
import com.perfdash.base.chart.ChartOptions.SeriesType;
import com.perfdash.base.chart.ChartOptions.Stroke;
import com.perfdash.base.chart.ChartOptions.Title;
import com.perfdash.base.chart.ChartOptions.Toolbar;
import com.perfdash.base.chart.ChartOptions.Tools;
import com.perfdash.base.chart.ChartOptions.Tooltip;
import com.perfdash.base.chart.ChartOptions.TooltipValue;
import com.perfdash.base.chart.ChartOptions.XAxis;
import com.perfdash.base.chart.ChartOptions.YAxis;
import com.perfdash.base.chart.ChartOptions.YAxisAnnotation;
import com.perfdash.base.chart.ChartOptions.Zoom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Builds {@link ChartOptions} with the house defaults, so that a view states only what its chart shows:
 * <pre>{@code
 * ChartOptions options = ChartBuilder.create(getLocale())
 *         .title("历年全年预算数").fileName("历年预算").categories(years, "年度")
 *         .axis("金额（万元）", ValueFormat.WAN_YUAN)
 *         .column("全年预算数", budgets)
 *         .build();
 * }</pre>
 * Series belong to the axis declared last before them; the second and later axes sit on the right.
 * The defaults: house colours, Chinese ApexCharts locale unless the UI is in English, a toolbar with
 * only the PNG/SVG/CSV download menu, no zoom, no data labels, a shared tooltip that formats each
 * series like its axis, columns without outline and lines of width 3 with markers.
 * Pure Java, no Vaadin: mappers and their tests use it too.
 */
public final class ChartBuilder {

    /** The house palette, in the order series take it: budget blue, executed green, rate orange, ... */
    public static final List<String> HOUSE_COLORS = List.of(
            "#1f5fbf", "#2e9d6a", "#e8891c", "#7b4fb3", "#d64545", "#1b9aaa", "#8a8f98");

    /** PNG downloads are drawn at twice the size on screen, so that they stay sharp in print. */
    public static final int EXPORT_SCALE = 2;

    /** Chart height in CSS pixels unless a view asks for another. */
    public static final int DEFAULT_HEIGHT = 360;

    private final Locale locale;
    private String title;
    private String fileName;
    private String fileWhat;
    private String fileScope;
    private List<String> categories = List.of();
    private String categoryHeader;
    private final List<AxisDraft> axes = new ArrayList<>();
    private final List<Series> series = new ArrayList<>();
    private final List<SeriesType> seriesTypes = new ArrayList<>();
    private boolean stacked;
    private boolean horizontal;
    private int height = DEFAULT_HEIGHT;
    private List<String> colors = HOUSE_COLORS;
    private List<ColorRange> heatmapRanges;
    private final List<YAxisAnnotation> bands = new ArrayList<>();

    private ChartBuilder(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /** A builder for a chart shown in {@code locale} (the UI's locale). */
    public static ChartBuilder create(Locale locale) {
        return new ChartBuilder(locale);
    }

    /** The ApexCharts locale for a UI locale: Chinese unless the UI is in English. */
    public static String apexLocale(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en" : "zh-cn";
    }

    public ChartBuilder title(String title) {
        this.title = title;
        return this;
    }

    /**
     * The name of downloaded PNG, SVG and CSV files, without extension, exactly as given (characters a
     * file name cannot hold are replaced). Prefer {@link #fileName(String, String)}, which adds the years.
     */
    public ChartBuilder fileName(String fileName) {
        this.fileName = safeFileName(Objects.requireNonNull(fileName, "fileName"));
        this.fileWhat = null;
        return this;
    }

    /**
     * A download name that says what the chart shows, for which years and whose figures, e.g.
     * {@code 2016-2025年度预算执行趋势（街道镇）}: the years are the first and last category when the
     * categories are fiscal years (taken when the chart is built).
     *
     * @param what  what the chart shows, e.g. 预算执行趋势
     * @param scope whose figures: a unit's name, unit categories; null or blank for the whole district
     */
    public ChartBuilder fileName(String what, String scope) {
        this.fileWhat = Objects.requireNonNull(what, "what");
        this.fileScope = scope;
        return this;
    }

    /**
     * The download name of a chart over {@code years} (fiscal years as text, oldest first; may be empty):
     * {@code 2016-2025年度<what>（<scope>）} in Chinese, {@code 2016-2025 <what> (<scope>)} in English.
     */
    public static String describedFileName(Locale locale, List<String> years, String what, String scope) {
        boolean english = "en".equals(apexLocale(locale));
        List<String> fiscal = years.stream().filter(y -> y != null && y.matches("\\d{4}")).toList();
        String range = "";
        if (!fiscal.isEmpty() && fiscal.size() == years.size()) {
            String first = fiscal.get(0);
            String last = fiscal.get(fiscal.size() - 1);
            range = (first.equals(last) ? first : first + "-" + last) + (english ? " " : "年度");
        }
        String whose = scope == null || scope.isBlank() ? "" : english ? " (" + scope.strip() + ")" : "（" + scope.strip() + "）";
        return safeFileName(range + what + whose);
    }

    /** Replaces what Windows, macOS or Linux do not allow in a file name; "街道/镇" becomes "街道镇". */
    public static String safeFileName(String name) {
        String s = name.replace("/", "").replaceAll("[\\\\:*?\"<>|\\p{Cntrl}]", "_").strip();
        return s.isEmpty() ? "chart" : s;
    }

    /**
     * The x axis categories, in order; every series then has one value per category.
     *
     * @param header what the categories are (年度, 预算单位), the CSV download's first column header
     */
    public ChartBuilder categories(List<String> categories, String header) {
        this.categories = List.copyOf(categories);
        this.categoryHeader = header;
        return this;
    }

    /** Starts a value axis; the series added next are drawn against it. */
    public ChartBuilder axis(String title, ValueFormat format) {
        axes.add(new AxisDraft(title, Objects.requireNonNull(format, "format"), new ArrayList<>(), null, null));
        return this;
    }

    /** Fixes the range of the axis declared last (either end may be null: fitted to the data). */
    public ChartBuilder axisRange(Double min, Double max) {
        if (axes.isEmpty()) {
            throw new IllegalStateException("Declare an axis before its range");
        }
        AxisDraft a = axes.remove(axes.size() - 1);
        axes.add(new AxisDraft(a.title(), a.format(), a.seriesNames(), min, max));
        return this;
    }

    /**
     * Shades the band from {@code from} to {@code to} of the first value axis behind the series, with a
     * label inside its top left corner, e.g. the grade bands 优/良/中/差 of a score chart.
     */
    public ChartBuilder band(Number from, Number to, String color, String label) {
        bands.add(new YAxisAnnotation(from, to, color, 0.12, "transparent",
                new AnnotationLabel(label, "left", "start", 16, 0, new AnnotationLabelStyle("transparent", "#5f6b7a"))));
        return this;
    }

    public ChartBuilder column(String name, List<? extends Number> values) {
        return add(name, SeriesType.COLUMN, values);
    }

    public ChartBuilder line(String name, List<? extends Number> values) {
        return add(name, SeriesType.LINE, values);
    }

    public ChartBuilder area(String name, List<? extends Number> values) {
        return add(name, SeriesType.AREA, values);
    }

    /** Stacks the columns of each axis. */
    public ChartBuilder stacked() {
        this.stacked = true;
        return this;
    }

    /** Horizontal bars (for rankings by unit); allows one axis and columns only. */
    public ChartBuilder horizontal() {
        this.horizontal = true;
        return this;
    }

    public ChartBuilder height(int height) {
        this.height = height;
        return this;
    }

    /** Overrides the house palette, e.g. to keep a metric's colour across charts. */
    public ChartBuilder colors(List<String> colors) {
        this.colors = List.copyOf(colors);
        return this;
    }

    /**
     * Makes the chart a heatmap: each series (added with {@link #heatmapRow}) is a row, each category a
     * column, and a cell takes the colour of the range its value falls in (flat, without shades). A cell
     * in no range takes its row's colour from {@link #colors}. The value format of the axis declared
     * before the rows formats the tooltip; no value axis is drawn.
     */
    public ChartBuilder heatmap(List<ColorRange> ranges) {
        this.heatmapRanges = List.copyOf(ranges);
        return this;
    }

    /** One row of a heatmap; ApexCharts draws the last row at the top. */
    public ChartBuilder heatmapRow(String name, List<? extends Number> values) {
        return add(name, SeriesType.HEATMAP, values);
    }

    private ChartBuilder add(String name, SeriesType type, List<? extends Number> values) {
        Objects.requireNonNull(name, "name");
        if (axes.isEmpty()) {
            axes.add(new AxisDraft(null, ValueFormat.NUMBER, new ArrayList<>(), null, null));
        }
        axes.get(axes.size() - 1).seriesNames().add(name);
        series.add(new Series(name, null, new ArrayList<Number>(values)));
        seriesTypes.add(type);
        return this;
    }

    public ChartOptions build() {
        check();
        boolean mixed = seriesTypes.stream().distinct().count() > 1;
        List<Series> typedSeries = new ArrayList<>();
        List<Integer> widths = new ArrayList<>();
        List<TooltipValue> tooltipValues = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            SeriesType type = seriesTypes.get(i);
            typedSeries.add(mixed ? new Series(s.name(), type, s.data()) : s);
            widths.add(switch (type) {
                case COLUMN -> 0;
                case LINE -> 3;
                case AREA -> 2;
                case HEATMAP -> 1;
            });
            tooltipValues.add(new TooltipValue(axisOf(s.name()).format()));
        }
        // every download names what it shows: the described name, else the one given, else the title
        String fileName = fileWhat != null ? describedFileName(locale, categories, fileWhat, fileScope)
                : this.fileName != null ? this.fileName
                : describedFileName(locale, categories, title == null ? "chart" : title, null);
        Toolbar toolbar = new Toolbar(true,
                new Tools(true, false, false, false, false, false, false),
                new Export(new Csv(fileName, categoryHeader), new FileName(fileName), new FileName(fileName), EXPORT_SCALE));
        Chart chart = new Chart(chartType(), height, stacked ? Boolean.TRUE : null, apexLocale(locale), toolbar,
                new Zoom(false));

        if (heatmapRanges != null) {
            return new ChartOptions(chart, title == null ? null : new Title(title, "left"), colors, typedSeries,
                    new XAxis(categories, null, null), null, new Stroke(widths, "straight"), null,
                    new DataLabels(false), new Tooltip(false, true, tooltipValues), new Legend("top", "center", false),
                    new PlotOptions(null, new Heatmap(false, 0, new ColorScale(heatmapRanges))), null);
        }
        XAxis xaxis;
        List<YAxis> yaxis;
        if (horizontal) {
            AxisDraft valueAxis = axes.get(0);
            xaxis = new XAxis(categories, axisTitle(valueAxis.title()), new Labels(valueAxis.format()));
            yaxis = null;
        } else {
            xaxis = new XAxis(categories, null, null);
            yaxis = new ArrayList<>();
            for (int i = 0; i < axes.size(); i++) {
                AxisDraft a = axes.get(i);
                yaxis.add(new YAxis(a.seriesNames(), axisTitle(a.title()), i > 0 ? Boolean.TRUE : null,
                        new Labels(a.format()), a.min(), a.max()));
            }
        }
        boolean anyColumn = seriesTypes.contains(SeriesType.COLUMN);
        boolean anyLine = seriesTypes.stream().anyMatch(t -> t != SeriesType.COLUMN);
        return new ChartOptions(
                chart,
                title == null ? null : new Title(title, "left"),
                colors,
                typedSeries,
                xaxis,
                yaxis,
                new Stroke(widths, "straight"),
                anyLine ? new Markers(4) : null,
                new DataLabels(false),
                new Tooltip(true, false, tooltipValues),
                new Legend("top", "center", false),
                anyColumn ? new PlotOptions(new Bar(horizontal ? Boolean.TRUE : null, horizontal ? "60%" : "55%", 2)) : null,
                bands.isEmpty() ? null : new Annotations(bands));
    }

    private ChartType chartType() {
        if (seriesTypes.contains(SeriesType.HEATMAP)) {
            return ChartType.HEATMAP;
        }
        if (seriesTypes.contains(SeriesType.COLUMN)) {
            return ChartType.BAR;
        }
        return seriesTypes.contains(SeriesType.AREA) ? ChartType.AREA : ChartType.LINE;
    }

    private void check() {
        if (series.isEmpty()) {
            throw new IllegalStateException("A chart needs at least one series");
        }
        var names = new HashSet<String>();
        for (Series s : series) {
            if (!names.add(s.name())) {
                // ApexCharts ties series to axes by name
                throw new IllegalStateException("Two series are named " + s.name());
            }
            if (s.data().size() != categories.size()) {
                throw new IllegalStateException("Series " + s.name() + " has " + s.data().size()
                        + " values for " + categories.size() + " categories");
            }
        }
        for (AxisDraft a : axes) {
            if (a.seriesNames().isEmpty()) {
                throw new IllegalStateException("Axis " + a.title() + " has no series");
            }
        }
        boolean heatmapRows = seriesTypes.contains(SeriesType.HEATMAP);
        if (heatmapRows != (heatmapRanges != null) || heatmapRows && seriesTypes.stream().anyMatch(t -> t != SeriesType.HEATMAP)) {
            throw new IllegalStateException("A heatmap takes heatmap rows only, and heatmap rows need heatmap(ranges)");
        }
        if (horizontal && (axes.size() > 1 || seriesTypes.stream().anyMatch(t -> t != SeriesType.COLUMN))) {
            throw new IllegalStateException("Horizontal bars take one axis and columns only");
        }
    }

    private AxisDraft axisOf(String seriesName) {
        return axes.stream().filter(a -> a.seriesNames().contains(seriesName)).findFirst().orElseThrow();
    }

    private static AxisTitle axisTitle(String text) {
        return text == null ? null : new AxisTitle(text);
    }

    private record AxisDraft(String title, ValueFormat format, List<String> seriesNames, Double min, Double max) {
    }
}
