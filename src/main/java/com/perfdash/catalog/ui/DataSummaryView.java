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
import java.util.List;

/**
 * 数据概况: what the database holds. The counts come from small aggregate queries, read each time the page
 * is entered, so a new load shows on the next visit.
 */
@PermitAll
@Route(value = "data", layout = MainLayout.class)
@Menu(title = "nav.data", icon = "vaadin:database", order = 90)
public class DataSummaryView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final CatalogService catalog;

    public DataSummaryView(CatalogService catalog) {
        this.catalog = catalog;
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
