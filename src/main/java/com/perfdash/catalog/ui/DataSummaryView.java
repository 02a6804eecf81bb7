package com.perfdash.catalog.ui;

import jakarta.annotation.security.PermitAll;
import com.perfdash.base.chart.ApexChart;
import com.perfdash.base.ui.Formats;
import com.perfdash.base.ui.KpiCard;
import com.perfdash.base.ui.MainLayout;
import com.perfdash.catalog.CatalogService;
import com.perfdash.catalog.DataSummary;
import com.perfdash.catalog.UnitCount;
import com.perfdash.catalog.YearlyBudgetChartMapper;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.perfdash.catalog.LoadStatusService;
import com.perfdash.ingest.DataFolderLoader;
import com.perfdash.ingest.DataLoadException;
import com.perfdash.ingest.HeldReloads;
import com.perfdash.ingest.LoadProblem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * 数据概况: what the database holds. The counts come from small aggregate queries, read each time the page
 * is entered, so a new load shows on the next visit. Above them: the latest load when it failed, with its
 * problems, and every reload held for a decision, with the rows per file before and after; an
 * administrator confirms (loads it anyway) or dismisses it here.
 */
@PermitAll
@Route(value = "data", layout = MainLayout.class)
@Menu(title = "nav.data", icon = "vaadin:database", order = 90)
public class DataSummaryView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final CatalogService catalog;
    private final LoadStatusService loads;

    public DataSummaryView(CatalogService catalog, LoadStatusService loads) {
        this.catalog = catalog;
        this.loads = loads;
        addClassName("data-summary-view");
        setSpacing(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("data.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(catalog.summary());
    }

    private void show(DataSummary summary) {
        removeAll();
        // how the loads went, above what is loaded: a failed or held load leaves the old data in place
        loads.latestFailure().ifPresent(f -> add(failure(f)));
        loads.heldReloads().forEach(h -> add(held(h)));
        if (summary.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("data.empty"));
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        Paragraph intro = new Paragraph(getTranslation("data.intro"));
        intro.addClassName("page-intro");
        List<UnitCount> categories = catalog.unitsByCategory();
        add(intro, kpis(summary, categories.size()), yearlyBudgetChart(), unitsByCategory(categories));
    }

    private Div failure(LoadStatusService.FailedLoad f) {
        Grid<LoadProblem> grid = new Grid<>(LoadProblem.class, false);
        grid.addColumn(LoadProblem::file).setHeader(getTranslation("data.failure.file")).setFlexGrow(1).setResizable(true);
        grid.addColumn(p -> p.row() == null ? "" : Formats.integer(p.row())).setHeader(getTranslation("data.failure.row"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.column() == null ? "" : p.column()).setHeader(getTranslation("data.failure.column"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.message(getLocale())).setHeader(getTranslation("data.failure.message")).setFlexGrow(4);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setItems(f.problems());
        grid.addClassName("load-problems");
        Div panel = new Div(new H3(getTranslation("data.failure.heading")),
                new Paragraph(getTranslation("data.failure.intro", TIME.format(f.at()))), grid);
        panel.addClassNames("panel", "load-failure");
        return panel;
    }

    private Div held(HeldReloads.HeldReload h) {
        Grid<HeldReloads.FileRows> grid = new Grid<>(HeldReloads.FileRows.class, false);
        grid.addColumn(HeldReloads.FileRows::file).setHeader(getTranslation("data.held.file")).setFlexGrow(2);
        grid.addColumn(r -> Formats.integer(r.before())).setHeader(getTranslation("data.held.before"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> Formats.integer(r.after())).setHeader(getTranslation("data.held.after"))
                .setTextAlign(ColumnTextAlign.END);
        grid.setPartNameGenerator(r -> r.drops() ? "drop" : null);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setItems(h.rows());
        grid.addClassName("held-rows");
        Div panel = new Div(new H3(getTranslation("data.held.heading")),
                new Paragraph(getTranslation("data.held.intro", TIME.format(h.heldAt()), HeldReloads.HOLD_PERCENT,
                        HeldReloads.HOLD_MIN_ROWS)), grid);
        if (loads.mayDecide()) {
            Button confirm = new Button(getTranslation("data.held.confirm"), e -> decide(() -> loads.confirm(h.heldId()), "data.held.confirmed"));
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
            confirm.addClassName("held-confirm");
            Button dismiss = new Button(getTranslation("data.held.dismiss"), e -> decide(() -> loads.dismiss(h.heldId()), "data.held.dismissed"));
            dismiss.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dismiss.addClassName("held-dismiss");
            panel.add(new HorizontalLayout(dismiss, confirm));
        } else {
            Paragraph adminOnly = new Paragraph(getTranslation("data.held.adminOnly"));
            adminOnly.addClassName("held-admin-only");
            panel.add(adminOnly);
        }
        panel.addClassNames("panel", "held-reload");
        return panel;
    }

    private void decide(java.util.function.Supplier<DataFolderLoader.Decision> decision, String doneKey) {
        try {
            DataFolderLoader.Decision d = decision.get();
            String key = switch (d) {
                case DONE -> doneKey;
                case NOT_PENDING -> "data.held.notPending";
                case FILES_CHANGED -> "data.held.filesChanged";
            };
            Notification.show(getTranslation(key), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(d == DataFolderLoader.Decision.DONE ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_CONTRAST);
        } catch (DataLoadException e) {
            Notification.show(getTranslation("data.held.failed", e.getMessage()), 10000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        show(catalog.summary());
    }

    private Div kpis(DataSummary s, int categoryCount) {
        Div row = new Div(
                new KpiCard(getTranslation("data.kpi.units"), Formats.integer(s.units()),
                        getTranslation("data.kpi.units.detail", categoryCount)),
                new KpiCard(getTranslation("data.kpi.reports"), Formats.integer(s.reports()),
                        getTranslation("data.kpi.reports.detail")),
                new KpiCard(getTranslation("data.kpi.real"), Formats.integer(s.realReports()),
                        getTranslation("data.kpi.real.detail")),
                new KpiCard(getTranslation("data.kpi.demo"), Formats.integer(s.demoReports()),
                        getTranslation("data.kpi.demo.detail")),
                new KpiCard(getTranslation("data.kpi.years"), yearRange(s),
                        getTranslation("data.kpi.years.detail", s.lastYear() - s.firstYear() + 1)));
        row.addClassName("kpi-row");
        return row;
    }

    private static String yearRange(DataSummary s) {
        return s.firstYear().equals(s.lastYear()) ? s.firstYear().toString() : s.firstYear() + "–" + s.lastYear();
    }

    private Div yearlyBudgetChart() {
        ApexChart chart = new ApexChart(
                YearlyBudgetChartMapper.toOptions(catalog.yearlyBudgets(), this::getTranslation, getLocale()),
                getTranslation("chart.empty"));
        Div panel = new Div(chart);
        panel.addClassName("panel");
        return panel;
    }

    private Div unitsByCategory(List<UnitCount> categories) {
        Grid<UnitCount> grid = new Grid<>(UnitCount.class, false);
        grid.addColumn(UnitCount::category).setHeader(getTranslation("data.units.category")).setFlexGrow(2);
        grid.addColumn(u -> Formats.integer(u.units())).setHeader(getTranslation("data.units.units"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(u -> Formats.integer(u.reports())).setHeader(getTranslation("data.units.reports"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setItems(categories);
        grid.addClassName("units-by-category");
        Div panel = new Div(new H3(getTranslation("data.units.heading")), grid);
        panel.addClassNames("panel", "panel-narrow");
        return panel;
    }
}
