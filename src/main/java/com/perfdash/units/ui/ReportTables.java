package com.perfdash.units.ui;

import com.perfdash.base.ui.Formats;
import com.perfdash.base.download.ColumnFormat;
import com.perfdash.base.download.GridColumns;
import com.perfdash.base.download.GridDownload;
import com.perfdash.base.download.TableColumn;
import com.perfdash.units.FundsRow;
import com.perfdash.units.Goal;
import com.perfdash.units.IndicatorTree;
import com.perfdash.units.RowKeys;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The grids every evaluation table is shown with — funds rows, goals, the indicator tree — shared by the
 * report page (whole-unit table) and the project table page. Rows named in {@code highlight} get the part
 * name {@code highlighted}; indicators that lost points {@code lost-points}; group and total rows whose
 * sums do not match what the table declares {@code mismatch}.
 */
final class ReportTables {

    static final String HIGHLIGHTED = "highlighted";

    private ReportTables() {
    }

    static <T> Grid<T> compactGrid(Grid<T> grid) {
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** A 万元 column, right-aligned; wide enough for its header with the unit on one line. */
    static <T> Grid.Column<T> money(Grid<T> grid, Function<T, BigDecimal> value, String header) {
        return money(grid, value, header, "10rem");
    }

    /**
     * A 万元 column of the given width (rem, so header and body agree). A narrow column breaks its header
     * before the unit, "全年预算数 / （万元）", never inside a word.
     */
    static <T> Grid.Column<T> money(Grid<T> grid, Function<T, BigDecimal> value, String header, String width) {
        return money(new GridColumns<>(grid), value, header, width);
    }

    /** A 万元 column of a grid with a download, 10rem wide; the download holds the amount. */
    static <T> Grid.Column<T> money(GridColumns<T> columns, Function<T, BigDecimal> value, String header) {
        return money(columns, value, header, "10rem");
    }

    /** A 万元 column of the given width in a grid with a download; the download holds the amount. */
    static <T> Grid.Column<T> money(GridColumns<T> columns, Function<T, BigDecimal> value, String header, String width) {
        return columns.headers(ReportTables::twoLineHeader).money(header, value).setWidth(width).setFlexGrow(0);
    }

    static Component twoLineHeader(String header) {
        int unit = header.indexOf('（') >= 0 ? header.indexOf('（') : header.indexOf(" (");
        Span whole = new Span();
        whole.addClassName("two-line-header");
        if (unit <= 0) {
            whole.setText(header);
            return whole;
        }
        whole.add(new Span(header.substring(0, unit).strip()), new Span(header.substring(unit).strip()));
        return whole;
    }

    static <T> Grid.Column<T> points(Grid<T> grid, Function<T, BigDecimal> value, String header) {
        return points(new GridColumns<>(grid), value, header);
    }

    /** A points column as wide as its values, in a grid with a download. */
    static <T> Grid.Column<T> points(GridColumns<T> columns, Function<T, BigDecimal> value, String header) {
        return columns.points(header, value).setAutoWidth(true).setFlexGrow(0);
    }

    /**
     * 年度资金总额 rows: amounts in 万元, 执行率 and 得分 as the table states them; the download the same
     * columns, the stated rate as a fraction with a percent format.
     */
    static GridColumns<FundsRow> funds(Component i18n, List<FundsRow> rows, Set<String> highlight) {
        Grid<FundsRow> grid = compactGrid(new Grid<>());
        grid.addClassName("funds-grid");
        GridColumns<FundsRow> columns = new GridColumns<>(grid);
        columns.text(i18n.getTranslation("units.funds.col.kind"), r -> fundsLabel(i18n, r)).setFlexGrow(1).setAutoWidth(true);
        columns.text(i18n.getTranslation("units.funds.col.normalized"), r -> fundsKind(i18n, r)).setAutoWidth(true).setFlexGrow(0);
        money(columns, FundsRow::initialBudget, i18n.getTranslation("units.funds.col.initialBudget"));
        money(columns, FundsRow::fullYearBudget, i18n.getTranslation("units.funds.col.fullYearBudget"));
        money(columns, FundsRow::executed, i18n.getTranslation("units.funds.col.executed"));
        points(columns, FundsRow::weight, i18n.getTranslation("units.funds.col.weight"));
        columns.percent(i18n.getTranslation("units.funds.col.rate"),
                r -> r.executionRatePct() == null ? null : r.executionRatePct().movePointLeft(2)).setAutoWidth(true).setFlexGrow(0);
        points(columns, FundsRow::score, i18n.getTranslation("units.funds.col.score"));
        grid.setPartNameGenerator(r -> highlight.contains(r.key()) ? HIGHLIGHTED : null);
        grid.setItems(rows);
        return columns;
    }

    /** A funds row as the table prints it ("其中:本年财政拨款"); our name for its kind where it prints none. */
    static String fundsLabel(Component i18n, FundsRow r) {
        return r.rowLabel() == null || r.rowLabel().isBlank() ? i18n.getTranslation("units.funds.kind." + r.rowKind()) : r.rowLabel();
    }

    /** What the checks take a printed row for (资金来源 → 当年财政拨款); blank where the row prints no label of its own. */
    static String fundsKind(Component i18n, FundsRow r) {
        return r.rowLabel() == null || r.rowLabel().isBlank() ? "" : i18n.getTranslation("units.funds.kind." + r.rowKind());
    }

    /** The funds grid with its download beside it. */
    static Component fundsWithDownload(Component i18n, List<FundsRow> rows, Set<String> highlight,
                                       com.vaadin.flow.function.SerializableSupplier<String> name) {
        GridColumns<FundsRow> columns = funds(i18n, rows, highlight);
        return new Div(GridDownload.of(columns.grid(), columns.table(), name), columns.grid());
    }

    /**
     * The indicator tree flattened for a download, in the grid's order (level 1, its level 2s, their
     * indicators, ...), each row with its level in words.
     */
    static List<IndicatorGridRow> flatten(List<IndicatorGridRow> roots) {
        List<IndicatorGridRow> out = new ArrayList<>();
        for (IndicatorGridRow r : roots) {
            out.add(r);
            out.addAll(flatten(r.children()));
        }
        return out;
    }

    /** 年度总体目标: expected beside achieved, as written. */
    static Component goals(Component i18n, List<Goal> goals) {
        if (goals.isEmpty()) {
            return emptyState(i18n.getTranslation("units.goals.empty"));
        }
        Grid<Goal> grid = compactGrid(new Grid<>());
        grid.addClassName("goals-grid");
        grid.addColumn(Goal::seq).setHeader("#").setTextAlign(ColumnTextAlign.END).setWidth("3.5rem").setFlexGrow(0);
        grid.addColumn(g -> text(g.expected())).setHeader(i18n.getTranslation("units.goals.col.expected")).setFlexGrow(1);
        grid.addColumn(g -> text(g.achieved())).setHeader(i18n.getTranslation("units.goals.col.achieved")).setFlexGrow(1);
        grid.setItems(goals);
        return grid;
    }

    static List<IndicatorGridRow> roots(Component i18n, IndicatorTree tree, int tableNo) {
        return IndicatorGridRow.rows(tree, i18n.getTranslation("units.indicators.funds"),
                i18n.getTranslation("units.indicators.total"), RowKeys.table(tableNo));
    }

    /** The indicator tree of table {@code tableNo} with its download (the tree flattened) above it. */
    static Component indicatorsWithDownload(Component i18n, IndicatorTree tree, int tableNo, Set<String> highlight,
                                            com.vaadin.flow.function.SerializableSupplier<String> name) {
        List<IndicatorGridRow> roots = roots(i18n, tree, tableNo);
        List<IndicatorGridRow> flat = flatten(roots);
        GridColumns<IndicatorGridRow> columns = indicators(i18n, roots, highlight);
        return new Div(new GridDownload<>(columns.table(), () -> flat, name), columns.grid());
    }

    /**
     * The indicator tree: level 1 → level 2 → level 3, all expanded, then the funds points and the total
     * (the sum of funds and indicators) with the total the table states beside it. The download states each
     * row's level in words first, as its flattened rows lose the tree's folds.
     */
    private static GridColumns<IndicatorGridRow> indicators(Component i18n, List<IndicatorGridRow> roots, Set<String> highlight) {
        TreeData<IndicatorGridRow> data = new TreeData<>();
        List<IndicatorGridRow> withChildren = new ArrayList<>();
        addAll(data, null, roots, withChildren);
        TreeGrid<IndicatorGridRow> grid = new TreeGrid<>();
        grid.addClassName("indicator-tree");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setAllRowsVisible(true);
        GridColumns<IndicatorGridRow> columns = new GridColumns<>(grid);
        columns.downloadOnly(i18n.getTranslation("export.col.level"), ColumnFormat.TEXT,
                r -> i18n.getTranslation("export.indicatorLevel." + r.kind().name().toLowerCase(java.util.Locale.ROOT)));
        columns.add(TableColumn.text(i18n.getTranslation("units.indicators.col.name"), IndicatorGridRow::label).inTree())
                .setFlexGrow(3).setWidth("16rem").setSortable(false);
        columns.text(i18n.getTranslation("units.indicators.col.target"), IndicatorGridRow::target).setFlexGrow(1);
        columns.text(i18n.getTranslation("units.indicators.col.actual"), IndicatorGridRow::actual).setFlexGrow(1);
        columns.add(TableColumn.points(i18n.getTranslation("units.indicators.col.cap"), IndicatorGridRow::cap)
                        .onlyWhere(r -> r.kind() == IndicatorGridRow.Kind.LEVEL1 || r.kind() == IndicatorGridRow.Kind.TOTAL))
                .setWidth("5.5rem").setFlexGrow(0);
        columns.points(i18n.getTranslation("units.indicators.col.weight"), IndicatorGridRow::weight).setWidth("5rem").setFlexGrow(0);
        columns.points(i18n.getTranslation("units.indicators.col.score"), IndicatorGridRow::score).setWidth("5rem").setFlexGrow(0);
        columns.add(TableColumn.points(i18n.getTranslation("units.indicators.col.lost"), IndicatorGridRow::pointsLost)
                        .onlyWhere(IndicatorGridRow::lostPoints))
                .setWidth("5rem").setFlexGrow(0)
                .setPartNameGenerator(r -> r.kind() == IndicatorGridRow.Kind.INDICATOR && r.lostPoints() ? "lost-cell" : null);
        columns.text(i18n.getTranslation("units.indicators.col.note"), r -> note(i18n, r)).setFlexGrow(2);
        grid.setPartNameGenerator(r -> partNames(r, highlight));
        grid.setDataProvider(new TreeDataProvider<>(data));
        grid.expand(withChildren);
        return columns;
    }

    private static void addAll(TreeData<IndicatorGridRow> data, IndicatorGridRow parent, List<IndicatorGridRow> rows,
                               List<IndicatorGridRow> withChildren) {
        for (IndicatorGridRow r : rows) {
            data.addItem(parent, r);
            if (!r.children().isEmpty()) {
                withChildren.add(r);
                addAll(data, r, r.children(), withChildren);
            }
        }
    }

    private static String note(Component i18n, IndicatorGridRow r) {
        if (r.kind() == IndicatorGridRow.Kind.TOTAL && (r.cap() != null || r.statedScore() != null)) {
            return i18n.getTranslation("units.indicators.stated", Formats.points(r.cap()), Formats.points(r.statedScore()));
        }
        return r.note() == null ? "" : r.note();
    }

    static String partNames(IndicatorGridRow r, Set<String> highlight) {
        List<String> parts = new ArrayList<>();
        parts.add("level-" + r.kind().name().toLowerCase(java.util.Locale.ROOT));
        if (r.kind() == IndicatorGridRow.Kind.INDICATOR && r.lostPoints()) {
            parts.add("lost-points");
        }
        if (r.overCap()) {
            parts.add("mismatch");
        }
        if (r.key() != null && highlight.contains(r.key())) {
            parts.add(HIGHLIGHTED);
        }
        return String.join(" ", parts);
    }

    static Paragraph emptyState(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("empty-state");
        return p;
    }

    static String text(String s) {
        return s == null ? "" : s;
    }
}
