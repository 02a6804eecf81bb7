package com.perfdash.projects.ui;

import com.perfdash.base.chart.ApexChart;
import com.perfdash.base.ui.ColumnHeader;
import com.perfdash.base.ui.Formats;
import com.perfdash.base.ui.MeasureKind;
import com.perfdash.base.ui.KpiCard;
import com.perfdash.base.ui.MainLayout;
import com.perfdash.base.download.FileNames;
import com.perfdash.base.download.GridColumns;
import com.perfdash.base.download.GridDownload;
import com.perfdash.base.download.TableColumn;
import com.perfdash.projects.ChangeSummary;
import com.perfdash.projects.FundingChartMapper;
import com.perfdash.projects.ProjectChange;
import com.perfdash.projects.ProjectsFilter;
import com.perfdash.review.Basis;
import com.perfdash.review.BasisDefault;
import com.perfdash.review.ui.BasisSelect;
import com.perfdash.projects.ProjectsOptions;
import com.perfdash.projects.ProjectsOverview;
import com.perfdash.projects.ProjectsService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * 项目资金: where project money went. The year and the unit category live in the page address
 * ({@code projects?year=2024&category=街道/镇}); the page reads it and queries once, in
 * {@link #beforeEnter}.
 */
@PermitAll
@Route(value = "projects", layout = MainLayout.class)
@StyleSheet(ProjectsStyles.SHEET)
@Menu(title = "nav.projects", icon = "vaadin:briefcase", order = 40)
public class ProjectsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String YEAR = "year";
    static final String CATEGORY = "category";

    private final ProjectsService service;
    private final BasisDefault basisDefault;
    private final Select<Integer> year = new Select<>();
    private final ComboBox<String> category = new ComboBox<>();
    private ProjectsFilter current;
    private boolean updating;

    public ProjectsView(ProjectsService service, BasisDefault basisDefault) {
        this.service = service;
        this.basisDefault = basisDefault;
        addClassName("projects-view");
        setSpacing(true);
        year.setLabel(getTranslation("projects.filter.year"));
        category.setLabel(getTranslation("projects.filter.category"));
        category.setPlaceholder(getTranslation("projects.filter.category.all"));
        category.setClearButtonVisible(true);
        year.addValueChangeListener(e -> selectionChanged());
        category.addValueChangeListener(e -> selectionChanged());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("projects.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ProjectsOptions options = service.options();
        removeAll();
        if (options.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("projects.empty"));
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        current = parse(query, options, basisDefault::defaultBasis);
        ProjectsOverview overview = service.overview(current);
        updating = true;
        try {
            year.setItems(options.years());
            year.setValue(current.year());
            category.setItems(options.categories());
            category.setValue(current.category());
        } finally {
            updating = false;
        }
        Paragraph intro = new Paragraph(getTranslation("projects.intro"));
        intro.addClassName("page-intro");
        Select<Basis> basis = BasisSelect.create(current.basis(), b -> navigate(new ProjectsFilter(current.year(), current.category(), b)));
        Div filters = new Div(year, category, basis);
        filters.addClassName("filter-bar");
        add(intro, filters, kpis(overview.summary()), fundingChart(overview), lists(overview));
    }

    static ProjectsFilter parse(Map<String, List<String>> parameters, ProjectsOptions options) {
        return parse(parameters, options, () -> Basis.STATED);
    }

    /** The page's selections in its address; {@code defaultBasis} is asked only where it names no 口径. */
    static ProjectsFilter parse(Map<String, List<String>> parameters, ProjectsOptions options, Supplier<Basis> defaultBasis) {
        int last = options.years().get(options.years().size() - 1);
        int year = last;
        List<String> y = parameters.get(YEAR);
        if (y != null && !y.isEmpty()) {
            try {
                int asked = Integer.parseInt(y.get(0).trim());
                year = options.years().contains(asked) ? asked : last;
            } catch (NumberFormatException e) {
                // keep the last year
            }
        }
        List<String> c = parameters.get(CATEGORY);
        String category = c == null || c.isEmpty() || !options.categories().contains(c.get(0)) ? null : c.get(0);
        return new ProjectsFilter(year, category, Basis.fromQuery(parameters).orElseGet(defaultBasis));
    }

    private void selectionChanged() {
        if (updating || current == null || year.getValue() == null) {
            return;
        }
        ProjectsFilter next = new ProjectsFilter(year.getValue(), category.getValue(), current.basis());
        if (!next.equals(current)) {
            navigate(next);
        }
    }

    private static void navigate(ProjectsFilter next) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        p.put(YEAR, List.of(Integer.toString(next.year())));
        if (next.category() != null) {
            p.put(CATEGORY, List.of(next.category()));
        }
        p.put(Basis.PARAMETER, List.of(next.basis().code()));
        UI.getCurrent().navigate(ProjectsView.class, new QueryParameters(p));
    }

    private Div kpis(ChangeSummary s) {
        Div row = new Div(
                new KpiCard(getTranslation("projects.kpi.projects"), Formats.integer(s.projects()),
                        getTranslation("projects.kpi.projects.detail")),
                new KpiCard(getTranslation("projects.kpi.budget"), Formats.money(s.budget()),
                        getTranslation("projects.kpi.budget.detail") + current.basis().shown(this::getTranslation)),
                new KpiCard(getTranslation("projects.kpi.started"), Formats.integer(s.started()),
                        getTranslation("projects.kpi.started.detail", Formats.money(s.startedBudget()))),
                new KpiCard(getTranslation("projects.kpi.ended"), Formats.integer(s.ended()),
                        getTranslation("projects.kpi.ended.detail", Formats.money(s.endedBudget()))));
        row.addClassName("kpi-row");
        return row;
    }

    private Div fundingChart(ProjectsOverview overview) {
        ApexChart chart = new ApexChart(FundingChartMapper.toOptions(overview.funding(), this::getTranslation, getLocale(), current.basis()),
                getTranslation("chart.empty"));
        chart.addClassName("funding-chart");
        Paragraph note = new Paragraph(getTranslation(current.basis() == Basis.REVIEWED ? "projects.funding.note.reviewed" : "projects.funding.note"));
        note.addClassName("chart-note");
        Div panel = new Div(chart, note);
        panel.addClassName("panel");
        return panel;
    }

    private Div lists(ProjectsOverview o) {
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("projects.list.top"), withDownload("top", grid("top", o.top())));
        tabs.add(getTranslation("projects.list.risers"), withDownload("risers", grid("risers", o.risers())));
        tabs.add(getTranslation("projects.list.fallers"), withDownload("fallers", grid("fallers", o.fallers())));
        tabs.add(getTranslation("projects.list.started"), withDownload("started", grid("started", o.started())));
        tabs.add(getTranslation("projects.list.ended"), withDownload("ended", grid("ended", o.ended())));
        Paragraph note = new Paragraph(getTranslation("projects.list.note"));
        note.addClassName("chart-note");
        Div panel = new Div(tabs, note);
        panel.addClassNames("panel", "project-lists");
        return panel;
    }

    /** A list with its download above it; the file is named by the year, the list and the category. */
    private Div withDownload(String list, GridColumns<ProjectChange> columns) {
        ProjectsFilter f = current;
        String name = FileNames.withScope(getTranslation("export.file.projectList", Integer.toString(f.year()),
                getTranslation("projects.list." + list)) + f.basis().fileNameSuffix(this::getTranslation),
                f.category());
        Div box = new Div(GridDownload.of(columns.grid(), columns.table(), () -> name), columns.grid());
        box.setWidthFull();
        return box;
    }

    /**
     * One list of projects; every list has the same columns, so that they read alike. The download's
     * amounts say their 口径 in the header.
     */
    private GridColumns<ProjectChange> grid(String list, List<ProjectChange> rows) {
        Grid<ProjectChange> grid = new Grid<>(ProjectChange.class, false);
        grid.setId("projects-" + list);
        grid.addClassName("project-list");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        GridColumns<ProjectChange> columns = new GridColumns<>(grid);
        columns.add(TableColumn.text(getTranslation("projects.column.project"), ProjectChange::displayName)
                        .renderedBy(new ComponentRenderer<>(p -> ProjectLinks.project(p.unitCode(), p.projectKey(), p.displayName()))))
                .setKey("project").setFlexGrow(3).setSortable(true);
        columns.text(getTranslation("projects.column.unit"), ProjectChange::unitName).setKey("unit").setFlexGrow(2).setSortable(true);
        columns.text(getTranslation("projects.column.category"), ProjectChange::category).setKey("category")
                .setFlexGrow(1).setSortable(true);
        GridColumns<ProjectChange> amounts = columns.headers(ColumnHeader::new);
        money(amounts, TableColumn.money(getTranslation("projects.column.budget"), ProjectChange::budget), "budget");
        money(amounts, TableColumn.money(getTranslation("projects.column.actual"), ProjectChange::actual), "actual");
        money(amounts, TableColumn.money(getTranslation("projects.column.previousBudget"), ProjectChange::previousBudget),
                "previousBudget");
        money(amounts, TableColumn.money(getTranslation("projects.column.change"), ProjectChange::budgetChange)
                .shownAs(p -> MeasureKind.MONEY.change(p.budgetChange()).signed()), "change");
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("projects.list.empty"));
        return columns;
    }

    /** An amount column, sortable by the amount; its download header with the 口径 of the figures. */
    private void money(GridColumns<ProjectChange> amounts, TableColumn<ProjectChange> column, String key) {
        amounts.add(column.downloadHeader(column.header() + current.basis().shown(this::getTranslation)))
                .setKey(key).setFlexGrow(0).setWidth("7.5rem").setSortable(true);
    }
}
