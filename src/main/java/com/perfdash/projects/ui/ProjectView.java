package com.perfdash.projects.ui;

import com.perfdash.base.chart.ApexChart;
import com.perfdash.base.ui.ColumnHeader;
import com.perfdash.base.ui.MainLayout;
import com.perfdash.base.download.FileNames;
import com.perfdash.base.download.GridColumns;
import com.perfdash.base.download.GridDownload;
import com.perfdash.base.download.TableColumn;
import com.perfdash.projects.ProjectChartMapper;
import com.perfdash.projects.ProjectHistory;
import com.perfdash.projects.ProjectYear;
import com.perfdash.projects.ProjectsService;
import com.perfdash.units.ui.UnitRoutes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.HeaderRow;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One project of one unit over the years: {@code projects/<unit code>/<project key>}, the key being the
 * key of the project's name (the macro {@code project_key}, db/views/06_project_key.sql), so the address is stable and
 * can be bookmarked. The page says why the years are linked: the names as written and their common key.
 */
@PermitAll
@Route(value = "projects/:" + ProjectView.UNIT + "/:" + ProjectView.KEY, layout = MainLayout.class)
@StyleSheet(ProjectsStyles.SHEET)
public class ProjectView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String UNIT = "unitCode";
    static final String KEY = "projectKey";

    private final ProjectsService service;
    private String title;

    public ProjectView(ProjectsService service) {
        this.service = service;
        addClassName("project-view");
        setSpacing(true);
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("project.title") : title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String unitCode = event.getRouteParameters().get(UNIT).orElse("");
        String key = decoded(event.getRouteParameters().get(KEY).orElse(""));
        Optional<ProjectHistory> project = service.project(unitCode, key);
        removeAll();
        if (project.isEmpty()) {
            title = null;
            Paragraph missing = new Paragraph(getTranslation("project.notFound", key));
            missing.addClassName("empty-state");
            add(missing);
            return;
        }
        show(project.get());
    }

    /**
     * The key as written: a link's address carries it percent-encoded, and depending on how the page is
     * reached it arrives encoded or not. A key never holds "%" or "+" (punctuation and symbols are not
     * part of it), so decoding is safe either way.
     */
    static String decoded(String key) {
        return key.indexOf('%') >= 0 ? URLDecoder.decode(key, StandardCharsets.UTF_8) : key;
    }

    private void show(ProjectHistory p) {
        title = p.displayName();
        Anchor unit = new Anchor(UnitRoutes.unit(p.unitCode()), p.unitName());
        unit.getElement().setAttribute("router-link", true);
        Paragraph unitLine = new Paragraph(new Span(getTranslation("project.unit")), unit, new Span("（" + p.category() + "）"));
        unitLine.addClassName("page-intro");
        H2 heading = new H2(p.displayName());
        heading.addClassName("project-name");
        add(heading, unitLine, linkExplanation(p), chart(p), years(p));
    }

    private Div linkExplanation(ProjectHistory p) {
        String names = p.namesAsWritten().stream().map(n -> "“" + n + "”").collect(Collectors.joining("、"));
        Paragraph namesLine = new Paragraph(getTranslation("project.link.names", names));
        Paragraph keyLine = new Paragraph(getTranslation("project.link.key", "“" + p.projectKey() + "”"));
        keyLine.addClassName("project-key");
        Paragraph rule = new Paragraph(getTranslation("project.link.rule"));
        rule.addClassName("chart-note");
        Div panel = new Div(new H3(getTranslation("project.link.heading")), namesLine, keyLine, rule);
        panel.addClassNames("panel", "project-link");
        return panel;
    }

    private Div chart(ProjectHistory p) {
        Div panel = new Div(new ApexChart(ProjectChartMapper.toOptions(p, this::getTranslation, getLocale()),
                getTranslation("chart.empty")));
        panel.addClassName("panel");
        return panel;
    }

    private Div years(ProjectHistory p) {
        Grid<ProjectYear> grid = new Grid<>(ProjectYear.class, false);
        grid.addClassName("project-years");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        GridColumns<ProjectYear> columns = new GridColumns<>(grid);
        columns.year(getTranslation("project.column.year"), ProjectYear::fiscalYear).setKey("year").setSortable(true)
                .setFlexGrow(0).setWidth("4.5rem");
        columns.text(getTranslation("project.column.names"), y -> String.join("；", y.namesAsWritten())).setKey("names")
                .setFlexGrow(1).setWidth("9rem").setSortable(true);
        columns.text(getTranslation("project.column.kind"),
                        y -> y.kinds().stream().map(k -> getTranslation("project.kind." + k)).collect(Collectors.joining("、")))
                .setKey("kind").setFlexGrow(0).setWidth("5rem");
        GridColumns<ProjectYear> numbers = columns.headers(ColumnHeader::new);
        var budget = number(numbers.money(getTranslation("project.column.budget"), ProjectYear::budget), "budget");
        number(numbers.money(getTranslation("project.column.actual"), ProjectYear::actual), "actual");
        var carryover = number(numbers.money(getTranslation("project.column.carryover"), ProjectYear::carryover), "carryover");
        var table = columns.add(TableColumn.integer(getTranslation("project.column.table"), ProjectYear::tableNo)
                        .renderedBy(new ComponentRenderer<>(this::tableLink)))
                .setKey("table").setFlexGrow(0).setWidth("4rem");
        number(numbers.money(getTranslation("project.column.tableBudget"), ProjectYear::tableBudget), "tableBudget");
        number(numbers.money(getTranslation("project.column.tableExecuted"), ProjectYear::tableExecuted), "tableExecuted");
        number(numbers.percent(getTranslation("project.column.tableRate"), ProjectYear::tableExecutionRate), "tableRate")
                .setWidth("5rem");
        number(numbers.points(getTranslation("project.column.tableScore"), ProjectYear::tableScore), "tableScore")
                .setWidth("4.5rem");
        var grade = columns.add(TableColumn.text(getTranslation("project.column.tableGrade"), ProjectYear::tableGrade)
                .missingAsDash()).setKey("tableGrade").setFlexGrow(0).setWidth("3.5rem");
        // group the columns by where they come from: the report's project list, the project's own table
        HeaderRow groups = grid.prependHeaderRow();
        groups.join(budget, grid.getColumnByKey("actual"), carryover).setText(getTranslation("project.group.listed"));
        groups.join(table, grid.getColumnByKey("tableBudget"), grid.getColumnByKey("tableExecuted"),
                grid.getColumnByKey("tableRate"), grid.getColumnByKey("tableScore"), grade)
                .setText(getTranslation("project.group.table"));
        grid.setItems(p.years());
        grid.setAllRowsVisible(true);
        String name = FileNames.withScope(getTranslation("export.file.projectYears", p.displayName()), p.unitName());
        Div panel = new Div(GridDownload.of(grid, columns.table(), () -> name), grid);
        panel.addClassName("panel");
        return panel;
    }

    /** The project's evaluation table of that year in the unit drill-down, or "无". */
    private Component tableLink(ProjectYear y) {
        if (y.tableNo() == null) {
            return new Span(getTranslation("project.table.none"));
        }
        Anchor a = new Anchor(UnitRoutes.projectTable(y.unitCode(), y.fiscalYear(), y.tableNo()),
                getTranslation("project.table", y.tableNo()));
        a.getElement().setAttribute("router-link", true);
        return a;
    }

    /** A number column of the years' table: keyed, narrow, sortable by its value. */
    private static Grid.Column<ProjectYear> number(Grid.Column<ProjectYear> column, String key) {
        return column.setKey(key).setFlexGrow(0).setWidth("6rem").setSortable(true);
    }
}
