package com.perfdash.units.ui;

import com.perfdash.base.ui.Formats;
import com.perfdash.units.FundsRow;
import com.perfdash.units.Goal;
import com.perfdash.units.IndicatorTree;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
        return grid.addColumn(r -> Formats.money(value.apply(r))).setHeader(twoLineHeader(header))
                .setTextAlign(ColumnTextAlign.END).setWidth(width).setFlexGrow(0);
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
        return grid.addColumn(r -> Formats.points(value.apply(r))).setHeader(header).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
    }

    /** 年度资金总额 rows: amounts in 万元, 执行率 and 得分 as the table states them. */
    static Grid<FundsRow> funds(Component i18n, List<FundsRow> rows, Set<String> highlight) {
        Grid<FundsRow> grid = compactGrid(new Grid<>());
        grid.addClassName("funds-grid");
        grid.addColumn(r -> i18n.getTranslation("units.funds.kind." + r.rowKind())).setHeader(i18n.getTranslation("units.funds.col.kind"))
                .setFlexGrow(1).setAutoWidth(true);
        money(grid, FundsRow::initialBudget, i18n.getTranslation("units.funds.col.initialBudget"));
        money(grid, FundsRow::fullYearBudget, i18n.getTranslation("units.funds.col.fullYearBudget"));
        money(grid, FundsRow::executed, i18n.getTranslation("units.funds.col.executed"));
        points(grid, FundsRow::weight, i18n.getTranslation("units.funds.col.weight"));
        grid.addColumn(r -> Formats.percent(r.executionRatePct())).setHeader(i18n.getTranslation("units.funds.col.rate"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        points(grid, FundsRow::score, i18n.getTranslation("units.funds.col.score"));
        grid.setPartNameGenerator(r -> highlight.contains(r.key()) ? HIGHLIGHTED : null);
        grid.setItems(rows);
        return grid;
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

    /**
     * The indicator tree: level 1 → level 2 → level 3, all expanded, then the funds points and the total
     * (the sum of funds and indicators) with the total the table states beside it.
     */
    static TreeGrid<IndicatorGridRow> indicators(Component i18n, IndicatorTree tree, Set<String> highlight) {
        List<IndicatorGridRow> roots = IndicatorGridRow.rows(tree, i18n.getTranslation("units.indicators.funds"),
                i18n.getTranslation("units.indicators.total"));
        TreeData<IndicatorGridRow> data = new TreeData<>();
        List<IndicatorGridRow> withChildren = new ArrayList<>();
        addAll(data, null, roots, withChildren);
        TreeGrid<IndicatorGridRow> grid = new TreeGrid<>();
        grid.addClassName("indicator-tree");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setAllRowsVisible(true);
        grid.addHierarchyColumn(IndicatorGridRow::label).setHeader(i18n.getTranslation("units.indicators.col.name"))
                .setFlexGrow(3).setWidth("16rem").setSortable(false);
        grid.addColumn(r -> text(r.target())).setHeader(i18n.getTranslation("units.indicators.col.target")).setFlexGrow(1);
        grid.addColumn(r -> text(r.actual())).setHeader(i18n.getTranslation("units.indicators.col.actual")).setFlexGrow(1);
        grid.addColumn(r -> r.kind() == IndicatorGridRow.Kind.LEVEL1 || r.kind() == IndicatorGridRow.Kind.TOTAL
                        ? Formats.points(r.cap()) : "")
                .setHeader(i18n.getTranslation("units.indicators.col.cap")).setTextAlign(ColumnTextAlign.END)
                .setWidth("5.5rem").setFlexGrow(0);
        grid.addColumn(r -> Formats.points(r.weight())).setHeader(i18n.getTranslation("units.indicators.col.weight"))
                .setTextAlign(ColumnTextAlign.END).setWidth("5rem").setFlexGrow(0);
        grid.addColumn(r -> Formats.points(r.score())).setHeader(i18n.getTranslation("units.indicators.col.score"))
                .setTextAlign(ColumnTextAlign.END).setWidth("5rem").setFlexGrow(0);
        grid.addColumn(r -> r.lostPoints() ? Formats.points(r.pointsLost()) : "")
                .setHeader(i18n.getTranslation("units.indicators.col.lost")).setTextAlign(ColumnTextAlign.END)
                .setWidth("5rem").setFlexGrow(0)
                .setPartNameGenerator(r -> r.kind() == IndicatorGridRow.Kind.INDICATOR && r.lostPoints() ? "lost-cell" : null);
        grid.addColumn(r -> note(i18n, r)).setHeader(i18n.getTranslation("units.indicators.col.note")).setFlexGrow(2);
        grid.setPartNameGenerator(r -> partNames(r, highlight));
        grid.setDataProvider(new TreeDataProvider<>(data));
        grid.expand(withChildren);
        return grid;
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
