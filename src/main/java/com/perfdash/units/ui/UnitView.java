package com.perfdash.units.ui;

import com.perfdash.base.chart.ApexChart;
import com.perfdash.base.chart.ChartOptions;
import com.perfdash.base.grade.GradeBandService;
import com.perfdash.base.ui.Formats;
import com.perfdash.base.ui.KpiCard;
import com.perfdash.base.ui.MainLayout;
import com.perfdash.base.download.GridColumns;
import com.perfdash.base.download.GridDownload;
import com.perfdash.base.download.TableColumn;
import com.perfdash.review.Finding;
import com.perfdash.review.FindingFilter;
import com.perfdash.review.ReviewService;
import com.perfdash.review.YearCount;
import com.perfdash.review.ui.FindingsGrid;
import com.perfdash.review.ui.ReviewView;
import com.perfdash.security.CurrentUser;
import com.perfdash.units.CategoryAssignment;
import com.perfdash.units.UnitCategoryService;
import com.perfdash.units.UnitInfo;
import com.perfdash.units.UnitOverview;
import com.perfdash.units.UnitYear;
import com.perfdash.units.UnitYearChartMapper;
import com.perfdash.units.UnitsService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import com.perfdash.review.ReportReview;
import com.perfdash.review.ReviewDecisions;
import com.perfdash.review.ReviewStatus;
import com.perfdash.review.Basis;
import com.perfdash.review.BasisDefault;
import com.perfdash.review.ui.BasisSelect;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * One unit over the years: the years it reported (each a link to that report), the latest year's key
 * figures, its budget and execution, basic against project spending, total score over the grade bands,
 * project funding, where each year's figures come from (real report or demo data, source file), and
 * what the review checks found in its reports, year by year. Its 单位类别 says when finance set it (who,
 * when, what the data states); finance and administrators set it here ({@link UnitCategoryService}). An
 * unknown unit code shows the not-found page.
 */
@PermitAll
@Route(value = "units/:unitCode", layout = MainLayout.class)
@StyleSheet(UnitsStyles.SHEET)
public class UnitView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final UnitsService service;
    private final GradeBandService grades;
    private final ReviewService review;
    private final CurrentUser user;
    private final ReviewDecisions decisions;
    private final BasisDefault basisDefault;
    private final UnitCategoryService categories;
    private String title = "";
    private Basis basis = Basis.STATED;

    public UnitView(UnitsService service, ReviewService review, CurrentUser user, ReviewDecisions decisions, BasisDefault basisDefault,
                    UnitCategoryService categories, GradeBandService grades) {
        this.service = service;
        this.grades = grades;
        this.categories = categories;
        this.review = review;
        this.user = user;
        this.decisions = decisions;
        this.basisDefault = basisDefault;
        addClassName("unit-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String unitCode = event.getRouteParameters().get("unitCode").orElse("");
        basis = basisDefault.read(event.getLocation().getQueryParameters().getParameters());
        UnitOverview unit = service.unit(unitCode, basis).orElse(null);
        if (unit == null) {
            event.rerouteToError(NotFoundException.class, getTranslation("units.notFound.unit", unitCode));
            return;
        }
        show(unit);
    }

    private void show(UnitOverview overview) {
        removeAll();
        title = overview.unit().unitName();
        Anchor back = new Anchor(UnitRoutes.units(), getTranslation("units.unit.back"));
        back.addClassName("back-link");
        Paragraph meta = new Paragraph(getTranslation("units.unit.meta", overview.unit().category(),
                overview.unit().district() == null ? Formats.MISSING : overview.unit().district(), overview.unit().unitCode()));
        meta.addClassName("page-intro");
        String code = overview.unit().unitCode();
        Select<Basis> basisSelect = BasisSelect.create(basis, b -> UI.getCurrent().navigate(UnitRoutes.withBasis(UnitRoutes.unit(code), b)));
        Div bar = new Div(basisSelect);
        bar.addClassName("filter-bar");
        add(back, meta);
        category(overview.unit()).ifPresent(this::add);
        add(bar);
        if (overview.years().isEmpty()) {
            add(ReportTables.emptyState(getTranslation("units.unit.noReports")));
            return;
        }
        String unitCode = overview.unit().unitCode();
        // the panel lists the findings; the years table and the summary read their counts from the same
        // selection (matching_findings), counted in SQL as on every other page
        List<Finding> found = review.findingsForUnit(unitCode);
        Map<Integer, YearCount> findingCounts = review.countsPerYearWithFindings(FindingFilter.forUnit(unitCode));
        returned(unitCode).ifPresent(this::add);
        add(yearLinks(overview), kpis(overview.years().get(overview.years().size() - 1)), charts(overview),
                years(overview, findingCounts), findings(unitCode, found, findingCounts));
    }

    /**
     * Who set the unit's category and what its data states, when finance set it; for finance and
     * administrators the select that sets it. Empty for a leader or unit user of a unit finance never set.
     */
    private Optional<Component> category(UnitInfo unit) {
        Optional<CategoryAssignment> assigned = categories.assignment(unit.unitCode());
        boolean mayAssign = categories.mayAssign();
        if (assigned.isEmpty() && !mayAssign) {
            return Optional.empty();
        }
        Div panel = new Div();
        panel.addClassName("unit-category");
        assigned.ifPresent(a -> {
            Paragraph set = new Paragraph(getTranslation("units.unit.category.assigned", a.category(), a.assignedBy(),
                    Formats.dateTime(a.assignedAt()), a.statedCategory()));
            set.addClassNames("section-note", "unit-category-assigned");
            panel.add(set);
        });
        if (mayAssign) {
            Select<String> select = new Select<>();
            select.addClassName("unit-category-select");
            select.setLabel(getTranslation("units.unit.category.label"));
            select.setItems(categories.choices());
            // 未分类 is never a target: a unit that has it shows an empty select
            select.setPlaceholder(unit.category());
            if (categories.choices().contains(unit.category())) {
                select.setValue(unit.category());
            }
            Button save = new Button(getTranslation("units.unit.category.save"),
                    e -> changeCategory(unit, () -> categories.assign(unit.unitCode(), select.getValue()), select.getValue()));
            save.addClassName("unit-category-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setEnabled(false);
            select.addValueChangeListener(e -> save.setEnabled(e.getValue() != null && !e.getValue().equals(unit.category())));
            Div form = new Div(select, save);
            form.addClassName("unit-category-form");
            assigned.ifPresent(a -> {
                Button remove = new Button(getTranslation("units.unit.category.remove", a.statedCategory()),
                        e -> changeCategory(unit, () -> categories.removeAssignment(unit.unitCode()), a.statedCategory()));
                remove.addClassName("unit-category-remove");
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                form.add(remove);
            });
            Paragraph hint = new Paragraph(getTranslation("units.unit.category.hint"));
            hint.addClassName("section-note");
            panel.add(form, hint);
        }
        return Optional.of(panel);
    }

    /** Runs a change of the unit's category, tells how it went and shows the page again with the category in effect. */
    private void changeCategory(UnitInfo unit, BooleanSupplier change, String to) {
        try {
            if (change.getAsBoolean()) {
                Notification.show(getTranslation("units.unit.category.done", unit.unitName(), to), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
        } catch (RuntimeException e) {
            // refused (not finance, read-only node, not a category) or a load committing meanwhile, which makes
            // DuckDB refuse the transaction: nothing was changed either way
            Notification.show(getTranslation("units.unit.category.failed", String.valueOf(e.getMessage())), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        service.unit(unit.unitCode(), basis).ifPresent(this::show);
    }

    /** The unit's reports finance returned for correction, each with its message and a link: what the unit has to do. */
    private Optional<Component> returned(String unitCode) {
        List<ReportReview> returned = decisions.reviewsAt(ReviewStatus.RETURNED).stream()
                .filter(r -> r.unitCode().equals(unitCode)).toList();
        if (returned.isEmpty()) {
            return Optional.empty();
        }
        Div panel = new Div(new H3(getTranslation("units.unit.returned.heading")));
        panel.addClassNames("panel", "unit-returned");
        for (ReportReview r : returned) {
            Paragraph line = new Paragraph(new Anchor(UnitRoutes.report(unitCode, r.fiscalYear()) + "#review",
                    getTranslation("units.unit.returned.report", Integer.toString(r.fiscalYear()))),
                    new com.vaadin.flow.component.html.Span(" " + getTranslation("review.status.message", r.message())));
            line.addClassName("returned-report");
            panel.add(line);
        }
        return Optional.of(panel);
    }

    /** What the review checks found in this unit's reports, errors first, latest year first. */
    private Component findings(String unitCode, List<Finding> found, Map<Integer, YearCount> perYear) {
        Div panel = new Div(new H3(getTranslation("units.unit.findings.heading")));
        panel.addClassNames("panel", "unit-findings");
        if (found.isEmpty()) {
            panel.add(ReportTables.emptyState(getTranslation("units.unit.findings.none")));
            return panel;
        }
        int errors = perYear.values().stream().mapToInt(YearCount::errors).sum();
        int total = perYear.values().stream().mapToInt(YearCount::total).sum();
        Paragraph summary = new Paragraph(getTranslation("units.unit.findings.summary", Integer.toString(total),
                Integer.toString(errors), Integer.toString(perYear.size())));
        summary.addClassName("section-note");
        panel.add(summary);
        if (ReviewView.isOpenTo(user.role())) {
            Anchor all = new Anchor(ReviewView.location(FindingFilter.forUnit(unitCode)), getTranslation("units.unit.findings.review"));
            all.addClassName("unit-findings-review");
            panel.add(all);
        }
        FindingsGrid grid = FindingsGrid.ofUnit(found);
        grid.addClassName("unit-findings-grid");
        panel.add(grid);
        return panel;
    }

    /** A year's findings in the years table: how many, the errors among them. */
    private String findingCount(YearCount count) {
        if (count == null || count.total() == 0) {
            return "0";
        }
        return count.errors() == 0 ? Integer.toString(count.total())
                : getTranslation("units.unit.findings.count", Integer.toString(count.total()), Integer.toString(count.errors()));
    }

    private Div yearLinks(UnitOverview overview) {
        Div links = new Div(new Span(getTranslation("units.unit.years")));
        links.addClassName("year-links");
        for (UnitYear y : overview.years()) {
            Anchor a = new Anchor(UnitRoutes.withBasis(UnitRoutes.report(overview.unit().unitCode(), y.fiscalYear()), basis),
                    Integer.toString(y.fiscalYear()));
            a.addClassNames("year-link", y.isReal() ? "source-real" : "source-demo");
            a.setTitle(getTranslation(y.isReal() ? "units.source.real" : "units.source.demo"));
            links.add(a);
        }
        return links;
    }

    private Div kpis(UnitYear latest) {
        String year = Integer.toString(latest.fiscalYear());
        Div row = new Div(
                new KpiCard(getTranslation("units.unit.kpi.fullYearBudget", year), Formats.money(latest.fullYearBudget()), null),
                new KpiCard(getTranslation("units.unit.kpi.executed", year), Formats.money(latest.executed()), null),
                new KpiCard(getTranslation("units.unit.kpi.executionRate", year), rate(latest.executionRate()), null),
                new KpiCard(getTranslation("units.unit.kpi.score", year), Formats.points(latest.totalScore()),
                        latest.grade() == null ? null : getTranslation("units.unit.kpi.grade", latest.grade())));
        row.addClassName("kpi-row");
        return row;
    }

    private Div charts(UnitOverview overview) {
        UnitYearChartMapper.UnitSeries s = UnitYearChartMapper.toSeries(overview.years());
        String unit = overview.unit().unitName();
        Div charts = new Div(
                chart(UnitYearChartMapper.budget(s, this::getTranslation, getLocale(), unit, basis), "unit-chart-budget"),
                chart(UnitYearChartMapper.spending(s, this::getTranslation, getLocale(), unit, basis), "unit-chart-spending"),
                chart(UnitYearChartMapper.score(s, grades.bands(), this::getTranslation, getLocale(), unit, basis), "unit-chart-score"),
                chart(UnitYearChartMapper.projectFunding(s, this::getTranslation, getLocale(), unit, basis), "unit-chart-projects"));
        charts.addClassName("unit-charts");
        return charts;
    }

    private Div chart(ChartOptions options, String className) {
        ApexChart chart = new ApexChart(options, getTranslation("chart.empty"));
        chart.addClassName(className);
        Div panel = new Div(chart);
        panel.addClassName("panel");
        return panel;
    }

    private Component years(UnitOverview overview, Map<Integer, YearCount> findingCounts) {
        Grid<UnitYear> grid = ReportTables.compactGrid(new Grid<>());
        grid.addClassName("unit-years-grid");
        String unitCode = overview.unit().unitCode();
        GridColumns<UnitYear> columns = new GridColumns<>(grid);
        columns.add(TableColumn.year(getTranslation("units.unit.col.year"), UnitYear::fiscalYear)
                        .renderedBy(LitRenderer.<UnitYear>of("<a href=\"${item.href}\">${item.year}</a>")
                                .withProperty("href", y -> UnitRoutes.withBasis(UnitRoutes.report(unitCode, y.fiscalYear()), basis))
                                .withProperty("year", y -> Integer.toString(y.fiscalYear()))))
                .setWidth("5rem").setFlexGrow(0);
        columns.add(TableColumn.<UnitYear>text(getTranslation("units.unit.col.source"),
                                y -> sourceKind(y) + " · " + y.sourceFile() + " · " + y.dataFile())
                        .renderedBy(LitRenderer.<UnitYear>of("<span theme=\"badge ${item.theme}\">${item.text}</span>"
                                        + "<div class=\"source-file\">${item.file}</div>")
                                .withProperty("theme", y -> y.isReal() ? "success" : "contrast")
                                .withProperty("text", this::sourceKind)
                                .withProperty("file", y -> y.sourceFile() + " · " + y.dataFile())))
                .setWidth("10rem").setFlexGrow(1);
        ReportTables.money(columns, UnitYear::fullYearBudget, getTranslation("units.col.fullYearBudget"), "7rem");
        ReportTables.money(columns, UnitYear::executed, getTranslation("units.col.executed"), "7rem");
        columns.percent(getTranslation("units.col.executionRate"), UnitYear::executionRate).setWidth("5rem").setFlexGrow(0);
        ReportTables.money(columns, UnitYear::basicSpending, getTranslation("units.unit.col.basicSpending"), "7rem");
        ReportTables.money(columns, UnitYear::projectSpending, getTranslation("units.unit.col.projectSpending"), "7rem");
        ReportTables.money(columns, UnitYear::projectFunding, getTranslation("units.unit.col.projectFunding"), "7rem");
        ReportTables.points(columns, UnitYear::totalScore, getTranslation("units.col.score"));
        columns.add(TableColumn.text(getTranslation("units.col.grade"), UnitYear::grade).missingAsDash())
                .setTextAlign(ColumnTextAlign.CENTER).setWidth("4rem").setFlexGrow(0);
        columns.headers(ReportTables::twoLineHeader).add(TableColumn.<UnitYear>integer(getTranslation("units.unit.col.findings"),
                                y -> {
                                    YearCount c = findingCounts.get(y.fiscalYear());
                                    return c == null ? 0 : c.total();
                                })
                        .shownAs(y -> findingCount(findingCounts.get(y.fiscalYear()))))
                .setKey("findings").setWidth("6.5rem").setFlexGrow(0);
        grid.setItems(overview.years());
        String name = getTranslation("export.file.unitYears", overview.unit().unitName());
        Div panel = new Div(new H3(getTranslation("units.unit.years.heading")), GridDownload.of(grid, columns.table(), () -> name), grid);
        panel.addClassName("panel");
        return panel;
    }

    /** 真实报告 or 演示数据: where a year's figures come from. */
    private String sourceKind(UnitYear y) {
        return getTranslation(y.isReal() ? "units.source.real" : "units.source.demo");
    }

    static String rate(Double fraction) {
        return fraction == null ? Formats.MISSING : Formats.percentOfFraction(BigDecimal.valueOf(fraction));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
