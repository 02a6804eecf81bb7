package com.perfdash.base.download;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The columns of a downloaded grid, in the order the grid shows them. A view does not list them apart
 * from its grid's: {@link GridColumns} appends each one as it adds the grid column, from the same
 * header, format and value, and hands the table to {@link GridDownload}:
 * <pre>{@code
 * GridColumns<WatchListEntry> columns = new GridColumns<>(grid);
 * columns.text(getTranslation("overview.watch.unit"), WatchListEntry::unitName);
 * columns.money(getTranslation("overview.watch.fullYearBudget"), WatchListEntry::fullYearBudget);
 * columns.percent(getTranslation("overview.watch.executionRate"), WatchListEntry::executionRate);
 * add(GridDownload.of(grid, columns.table(), () -> name), grid);
 * }</pre>
 * A table stated on its own serves a download without a grid (as in a test). A money
 * column whose header does not name its unit gets {@value #WAN_YUAN} appended, so no downloaded amount
 * is without its unit.
 */
public final class ExportTable<T> {

    /** Appended to money headers that do not say 万元 (or "10k yuan" in English). */
    public static final String WAN_YUAN = "（万元）";

    private final List<ExportColumn<T>> columns = new ArrayList<>();

    public ExportTable<T> column(String header, ColumnFormat format, Function<T, ?> value) {
        columns.add(new ExportColumn<>(format == ColumnFormat.MONEY ? moneyHeader(header) : header, format, value));
        return this;
    }

    public ExportTable<T> text(String header, Function<T, ?> value) {
        return column(header, ColumnFormat.TEXT, value);
    }

    /** An amount in 万元. */
    public ExportTable<T> money(String header, Function<T, BigDecimal> value) {
        return column(header, ColumnFormat.MONEY, value);
    }

    /** A fraction (0.953), downloaded as a percent. */
    public ExportTable<T> percent(String header, Function<T, ? extends Number> value) {
        return column(header, ColumnFormat.PERCENT, value);
    }

    public ExportTable<T> points(String header, Function<T, ? extends Number> value) {
        return column(header, ColumnFormat.POINTS, value);
    }

    public ExportTable<T> integer(String header, Function<T, ? extends Number> value) {
        return column(header, ColumnFormat.INTEGER, value);
    }

    public ExportTable<T> year(String header, Function<T, ? extends Number> value) {
        return column(header, ColumnFormat.YEAR, value);
    }

    public List<ExportColumn<T>> columns() {
        return List.copyOf(columns);
    }

    public List<String> headers() {
        return columns.stream().map(ExportColumn::header).toList();
    }

    static String moneyHeader(String header) {
        return header.contains("万元") || header.contains("10k yuan") ? header : header + WAN_YUAN;
    }
}
