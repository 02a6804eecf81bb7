package com.perfdash.base.download;

import com.perfdash.base.ui.Formats;
import com.perfdash.base.ui.MeasureKind;
import com.vaadin.flow.data.renderer.Renderer;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One column of a grid that has a download, stated once: its header, its {@link ColumnFormat} and its
 * value. {@link GridColumns} makes both columns from it: the grid cell shows the value as {@link Formats}
 * writes that format (1234.5 万元 reads "1,234.50", the fraction 0.953 reads "95.3%"), and the download
 * holds the value itself under the same header, in the same format (a numeric cell with {@code #,##0.00}
 * and （万元） in the header). A header, a unit and a format are so written once, and the grid and its
 * download cannot drift apart.
 * <p>
 * Where the grid cell says more than the value — a sign, a count with its errors, a link, "2024（2份）" —
 * an option says how the grid shows it, and the download keeps the value:
 * <pre>{@code
 * TableColumn.points(getTranslation("overview.watch.scoreChange"), WatchListEntry::scoreChange)
 *         .shownAs(e -> MeasureKind.POINTS.change(e.scoreChange()).signed());
 * TableColumn.text(getTranslation("units.col.name"), UnitListRow::unitName).renderedBy(link);
 * }</pre>
 * A lambda value needs its row type named where an option follows: {@code TableColumn.<UnitYear>text(...)}.
 *
 * @param <T> a row of the grid
 */
public final class TableColumn<T> {

    private final String header;
    private final ColumnFormat format;
    private final Function<T, ?> value;
    private Function<T, ?> shown;
    private Renderer<T> renderer;
    private boolean tree;
    private Predicate<T> where;
    private String downloadHeader;

    private TableColumn(String header, ColumnFormat format, Function<T, ?> value) {
        this.header = Objects.requireNonNull(header, "header");
        this.format = Objects.requireNonNull(format, "format");
        this.value = Objects.requireNonNull(value, "value");
    }

    /**
     * A column of {@code format}; the value is a {@link Number} (BigDecimal for money) for the number
     * formats and anything for {@link ColumnFormat#TEXT}; null is a missing value.
     */
    public static <T> TableColumn<T> of(String header, ColumnFormat format, Function<T, ?> value) {
        return new TableColumn<>(header, format, value);
    }

    /** Text as it is; a missing value is a blank cell. */
    public static <T> TableColumn<T> text(String header, Function<T, ?> value) {
        return of(header, ColumnFormat.TEXT, value);
    }

    /** An amount in 万元: "1,234.50" in the grid; the download's header names 万元. */
    public static <T> TableColumn<T> money(String header, Function<T, BigDecimal> value) {
        return of(header, ColumnFormat.MONEY, value);
    }

    /** A fraction (0.953): "95.3%" in the grid, the fraction with a percent format in the download. */
    public static <T> TableColumn<T> percent(String header, Function<T, ? extends Number> value) {
        return of(header, ColumnFormat.PERCENT, value);
    }

    /** Points (分): "92", "4.5" in the grid. */
    public static <T> TableColumn<T> points(String header, Function<T, ? extends Number> value) {
        return of(header, ColumnFormat.POINTS, value);
    }

    /** A count: "1,234" in the grid. */
    public static <T> TableColumn<T> integer(String header, Function<T, ? extends Number> value) {
        return of(header, ColumnFormat.INTEGER, value);
    }

    /** A fiscal year: "2024", without grouping, and not aligned as an amount is. */
    public static <T> TableColumn<T> year(String header, Function<T, ? extends Number> value) {
        return of(header, ColumnFormat.YEAR, value);
    }

    /** The grid cell's text where it says more than the value (a sign, "2024（2份）"); the download keeps the value. */
    public TableColumn<T> shownAs(Function<T, String> text) {
        this.shown = Objects.requireNonNull(text, "text");
        return this;
    }

    /** A missing value reads {@link Formats#MISSING} in the grid (a grade not given); the download leaves it blank. */
    public TableColumn<T> missingAsDash() {
        return shownAs(row -> {
            Object v = value.apply(row);
            return v == null ? Formats.MISSING : v.toString();
        });
    }

    /** The grid cell drawn by {@code renderer} (a link, a badge, a sparkline); the download keeps the value. */
    public TableColumn<T> renderedBy(Renderer<T> renderer) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        return this;
    }

    /** The grid's hierarchy column, which folds a tree's rows; the grid must be a {@code TreeGrid}. */
    public TableColumn<T> inTree() {
        this.tree = true;
        return this;
    }

    /** The value only in the rows {@code rows} accepts; the others are blank, in the grid and in the download. */
    public TableColumn<T> onlyWhere(Predicate<T> rows) {
        this.where = Objects.requireNonNull(rows, "rows");
        return this;
    }

    /** The download's header where it says more than the grid's (the 口径 of its figures, a longer name). */
    public TableColumn<T> downloadHeader(String header) {
        this.downloadHeader = Objects.requireNonNull(header, "header");
        return this;
    }

    /** The header as the grid shows it. */
    public String header() {
        return header;
    }

    ColumnFormat format() {
        return format;
    }

    Renderer<T> renderer() {
        return renderer;
    }

    boolean inTreeColumn() {
        return tree;
    }

    /** Appends the column as the download has it to {@code table}. */
    void addTo(ExportTable<T> table) {
        table.column(downloadHeader == null ? header : downloadHeader, format, this::valueOf);
    }

    /** The downloaded value of {@code row}: null where the row has none. */
    Object valueOf(T row) {
        return where == null || where.test(row) ? value.apply(row) : null;
    }

    /** What the grid cell shows: the value itself for plain text (the grid writes null as blank), else text. */
    Object cell(T row) {
        if (where != null && !where.test(row)) {
            return "";
        }
        return shown != null ? shown.apply(row) : cellText(format, value.apply(row));
    }

    /** True when the grid cell is the value itself, so that the grid's own sort by the cell is the sort by the value. */
    boolean cellIsValue() {
        return format == ColumnFormat.TEXT && shown == null && renderer == null && where == null;
    }

    /** True for the amounts, rates, points and counts a grid aligns right; a year, a text or a drawn cell is not. */
    boolean alignsEnd() {
        return format.isNumber() && format != ColumnFormat.YEAR && renderer == null && !tree;
    }

    /** Rows by their value, natural order, a missing value last. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    Comparator<T> byValue() {
        Comparator<Object> natural = (Comparator) Comparator.nullsLast(Comparator.naturalOrder());
        return (a, b) -> natural.compare(valueOf(a), valueOf(b));
    }

    /** A value in a format as a grid shows it, its measure's value as every page reads it ({@link MeasureKind}); text is left as it is. */
    static Object cellText(ColumnFormat format, Object v) {
        return switch (format) {
            case TEXT -> v;
            case YEAR -> v == null ? Formats.MISSING : v.toString();
            default -> format.measure().value(ColumnFormat.decimal(v));
        };
    }
}
