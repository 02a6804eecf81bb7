package com.perfdash.base.chart;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The options of one ApexCharts chart, as immutable records whose JSON (null fields left out) is the
 * ApexCharts options object. Only the options this product uses are modelled; build them with
 * {@link ChartBuilder}, which fills in the house defaults. Where ApexCharts expects a formatter
 * function, the records carry a {@link ValueFormat} name instead (field {@code format}), which the
 * browser side turns into a function.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChartOptions(
        Chart chart,
        Title title,
        List<String> colors,
        List<Series> series,
        XAxis xaxis,
        List<YAxis> yaxis,
        Stroke stroke,
        Markers markers,
        DataLabels dataLabels,
        Tooltip tooltip,
        Legend legend,
        PlotOptions plotOptions,
        Annotations annotations) {

    public ChartOptions {
        colors = copy(colors);
        series = copy(series);
        yaxis = copy(yaxis);
    }

    /** True when at least one series has at least one value; an empty chart shows a sentence instead. */
    @JsonIgnore
    public boolean hasData() {
        return series != null && series.stream().anyMatch(Series::hasData);
    }

    /** The categories of the x axis (years, unit names...), or an empty list. */
    @JsonIgnore
    public List<String> categories() {
        return xaxis == null || xaxis.categories() == null ? List.of() : xaxis.categories();
    }

    /** The JSON object ApexCharts receives. */
    public String toJson() {
        return ChartJson.write(this);
    }

    /** ApexCharts' {@code chart.type}. */
    public enum ChartType {
        BAR, LINE, AREA, HEATMAP;

        @JsonValue
        String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A series' own type, set only in mixed charts (columns with a line). */
    public enum SeriesType {
        COLUMN, LINE, AREA, HEATMAP;

        @JsonValue
        String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * @param defaultLocale ApexCharts locale name: {@code zh-cn} or {@code en}; the browser side
     *                      supplies the locale definitions
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Chart(ChartType type, Integer height, Boolean stacked, String defaultLocale, Toolbar toolbar, Zoom zoom) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Toolbar(Boolean show, Tools tools, Export export) {
    }

    /** Which toolbar buttons show; category charts keep only the download menu. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Tools(Boolean download, Boolean selection, Boolean zoom, Boolean zoomin, Boolean zoomout,
                        Boolean pan, Boolean reset) {
    }

    /**
     * File names (without extension) of the PNG, SVG and CSV downloads.
     *
     * @param scale the PNG download's size as a multiple of the chart on screen (2: sharp when printed)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Export(Csv csv, FileName svg, FileName png, Integer scale) {
    }

    /** @param headerCategory the header of the CSV's category column, e.g. 年度 */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Csv(String filename, String headerCategory) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FileName(String filename) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Zoom(Boolean enabled) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Title(String text, String align) {
    }

    /**
     * One series. {@code data} holds one value per category, in category order; a null is a missing
     * value (a year without reports), drawn as a gap, never as 0.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Series(String name, SeriesType type, List<Number> data) {

        public Series {
            Objects.requireNonNull(name, "name");
            data = copy(data);
        }

        boolean hasData() {
            return data != null && data.stream().anyMatch(Objects::nonNull);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record XAxis(List<String> categories, AxisTitle title, Labels labels) {

        public XAxis {
            categories = copy(categories);
        }
    }

    /**
     * One y axis.
     *
     * @param seriesName the names of the series drawn against this axis
     * @param opposite   true for an axis on the right
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record YAxis(List<String> seriesName, AxisTitle title, Boolean opposite, Labels labels, Double min, Double max) {

        public YAxis {
            seriesName = copy(seriesName);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AxisTitle(String text) {
    }

    /** Axis labels; {@code format} becomes the labels' formatter in the browser. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Labels(ValueFormat format) {
    }

    /** @param width line width per series, in series order (0 for columns) */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Stroke(List<Integer> width, String curve) {

        public Stroke {
            width = copy(width);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Markers(Integer size) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DataLabels(Boolean enabled) {
    }

    /** @param y one entry per series, in series order: how the tooltip formats that series' values */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Tooltip(Boolean shared, Boolean intersect, List<TooltipValue> y) {

        public Tooltip {
            y = copy(y);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TooltipValue(ValueFormat format) {
    }

    /**
     * @param clusterGroupedSeries false keeps one row in series order; ApexCharts would otherwise stack
     *                             the series of each y axis in a column of their own
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Legend(String position, String horizontalAlign, Boolean clusterGroupedSeries) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlotOptions(Bar bar, Heatmap heatmap) {

        public PlotOptions(Bar bar) {
            this(bar, null);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Bar(Boolean horizontal, String columnWidth, Integer borderRadius) {
    }

    /**
     * How a heatmap colours its cells: by the {@link ColorRange} a value falls in; {@code enableShades}
     * false keeps one flat colour per range, so that a colour reads as one band.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Heatmap(Boolean enableShades, Integer radius, ColorScale colorScale) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ColorScale(List<ColorRange> ranges) {

        public ColorScale {
            ranges = copy(ranges);
        }
    }

    /**
     * One colour band of a heatmap: values from {@code from} to {@code to}, both inclusive; where two
     * ranges meet, ApexCharts takes the later one, so ranges in ascending order give a value on a
     * boundary to the upper band. The legend shows {@code name}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ColorRange(Number from, Number to, String color, String name) {
    }

    /** Shaded horizontal bands behind the series, e.g. the grade bands of a score chart. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Annotations(List<YAxisAnnotation> yaxis) {

        public Annotations {
            yaxis = copy(yaxis);
        }
    }

    /** A band from {@code y} to {@code y2} on the first value axis, in that axis' unit, with a label. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record YAxisAnnotation(Number y, Number y2, String fillColor, Double opacity, String borderColor,
                                  AnnotationLabel label) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AnnotationLabel(String text, String position, String textAnchor, Integer offsetY, Integer borderWidth,
                                  AnnotationLabelStyle style) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AnnotationLabelStyle(String background, String color) {
    }

    /** An unmodifiable copy that keeps null elements (missing values); null stays null. */
    private static <T> List<T> copy(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
