package com.perfdash.base.download;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.renderer.Renderer;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.Function;

/**
 * A grid's columns and its download's, from one statement per column, in the grid's order: each
 * {@link TableColumn} adds the grid column (its header, its cell text in the column's format, amounts
 * aligned right) and appends the matching column to the {@link ExportTable} that {@link GridDownload}
 * writes. What only the grid shows (a drill-down link) is {@link #gridOnly}; what only the download holds
 * (a code, a count the grid shows elsewhere) is {@link #downloadOnly}:
 * <pre>{@code
 * GridColumns<WatchListEntry> columns = new GridColumns<>(grid);
 * columns.text(getTranslation("overview.watch.category"), WatchListEntry::category).setWidth("6rem");
 * columns.money(getTranslation("overview.watch.fullYearBudget"), WatchListEntry::fullYearBudget).setWidth("8.5rem");
 * columns.add(TableColumn.integer(getTranslation("overview.watch.findings"), WatchListEntry::findings)
 *         .shownAs(this::findings));
 * columns.downloadOnly(getTranslation("overview.watch.findingErrors"), ColumnFormat.INTEGER, WatchListEntry::findingErrors);
 * add(GridDownload.of(grid, columns.table(), () -> name), grid);
 * }</pre>
 * Each statement returns the grid column, for its width, flex, key and sort. A column that is made
 * sortable sorts by its value (natural order, a missing value last), not by the text it shows; plain
 * text keeps the grid's own sort by that text. The headers are plain text unless a view asks for a header
 * component ({@link #headers}), e.g. {@code ColumnHeader}, which puts the unit on a second line.
 *
 * @param <T> a row of the grid
 */
public final class GridColumns<T> {

    private final Grid<T> grid;
    private final ExportTable<T> table;
    private final Function<String, ? extends Component> header;

    /** The columns of {@code grid}, with plain text headers and a download table of their own. */
    public GridColumns(Grid<T> grid) {
        this(grid, new ExportTable<>(), null);
    }

    private GridColumns(Grid<T> grid, ExportTable<T> table, Function<String, ? extends Component> header) {
        this.grid = Objects.requireNonNull(grid, "grid");
        this.table = table;
        this.header = header;
    }

    /**
     * The same grid and download, the columns added through the result headed by {@code header} made
     * from the header text (e.g. {@code ColumnHeader::new}); this keeps its own headers.
     */
    public GridColumns<T> headers(Function<String, ? extends Component> header) {
        return new GridColumns<>(grid, table, Objects.requireNonNull(header, "header"));
    }

    /** Adds {@code column} to the grid and to the download, and returns the grid's column. */
    public Grid.Column<T> add(TableColumn<T> column) {
        Grid.Column<T> c;
        if (column.renderer() != null) {
            c = grid.addColumn(column.renderer());
        } else if (column.inTreeColumn()) {
            if (!(grid instanceof TreeGrid<T> tree)) {
                throw new IllegalStateException("A tree column needs a TreeGrid");
            }
            c = tree.addHierarchyColumn(column::cell);
        } else {
            c = grid.addColumn(column::cell);
        }
        head(c, column.header());
        if (column.alignsEnd()) {
            c.setTextAlign(ColumnTextAlign.END);
        }
        if (!column.cellIsValue() && !column.inTreeColumn()) {
            // setComparator makes a column sortable; whether it is stays the caller's choice
            boolean sortable = c.isSortable();
            c.setComparator(column.byValue());
            c.setSortable(sortable);
        }
        column.addTo(table);
        return c;
    }

    /** Text as it is. */
    public Grid.Column<T> text(String header, Function<T, ?> value) {
        return add(TableColumn.text(header, value));
    }

    /** An amount in 万元: "1,234.50" in the grid, the download's header naming 万元. */
    public Grid.Column<T> money(String header, Function<T, BigDecimal> value) {
        return add(TableColumn.money(header, value));
    }

    /** A fraction (0.953): "95.3%". */
    public Grid.Column<T> percent(String header, Function<T, ? extends Number> value) {
        return add(TableColumn.percent(header, value));
    }

    public Grid.Column<T> points(String header, Function<T, ? extends Number> value) {
        return add(TableColumn.points(header, value));
    }

    public Grid.Column<T> integer(String header, Function<T, ? extends Number> value) {
        return add(TableColumn.integer(header, value));
    }

    public Grid.Column<T> year(String header, Function<T, ? extends Number> value) {
        return add(TableColumn.year(header, value));
    }

    /** A column only the grid shows (a drill-down link): not downloaded. */
    public Grid.Column<T> gridOnly(String header, Renderer<T> renderer) {
        Grid.Column<T> c = grid.addColumn(renderer);
        head(c, header);
        return c;
    }

    /** A column only the download holds, at this place among the grid's (a code, a count shown elsewhere). */
    public GridColumns<T> downloadOnly(String header, ColumnFormat format, Function<T, ?> value) {
        table.column(header, format, value);
        return this;
    }

    public Grid<T> grid() {
        return grid;
    }

    /** The download's columns, in the grid's order, for {@link GridDownload}. */
    public ExportTable<T> table() {
        return table;
    }

    private void head(Grid.Column<T> column, String text) {
        if (header == null) {
            column.setHeader(text);
        } else {
            column.setHeader(header.apply(text));
        }
    }
}
