package com.perfdash.units.ui;

import com.perfdash.review.Basis;
import com.perfdash.review.BasisDefault;
import com.perfdash.review.Finding;
import com.perfdash.review.ReviewService;
import com.perfdash.review.ReviewDecisions;
import com.perfdash.review.ScoringRuleSets;
import com.perfdash.review.ui.BasisSelect;
import com.perfdash.review.ui.FindingsGrid;
import com.perfdash.review.ui.ReportReviewPanel;
import com.perfdash.base.ui.Formats;
import com.perfdash.base.ui.MeasureKind;
import com.perfdash.base.ui.KpiCard;
import com.perfdash.base.ui.MainLayout;
import com.perfdash.base.download.GridColumns;
import com.perfdash.base.download.GridDownload;
import com.perfdash.base.download.TableColumn;
import com.perfdash.units.BudgetStatement;
import com.perfdash.units.EvalTableDetail;
import com.perfdash.units.EvalTableInfo;
import com.perfdash.units.IndicatorComparison;
import com.perfdash.units.ProjectRow;
import com.perfdash.units.ReportDetail;
import com.perfdash.units.ReportHeader;
import com.perfdash.units.RowKeys;
import com.perfdash.units.UnitYear;
import com.perfdash.units.UnitsService;
import com.perfdash.units.YearComparison;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.HeaderRow;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The whole of one report, as it states it, in sections with a table of contents: provenance and key
 * figures, income and expenditure, the whole-unit table's funds rows, goals and indicator tree (level sums
 * against the declared caps), the projects and the project tables, duties and the narrative, and the
 * indicators shared with the year before. {@code ?highlight=i0-7,f0-total,p3,income} marks rows (see
 * {@link RowKeys}), so the review page can point at what it found. An unknown unit or year shows the
 * not-found page.
 */
@PermitAll
@Route(value = "units/:unitCode/:year([0-9]{1,4})", layout = MainLayout.class)
@StyleSheet(UnitsStyles.SHEET)
public class ReportView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String PARAM_HIGHLIGHT = "highlight";

    private final UnitsService service;
    private final ReviewService review;
    private final ReviewDecisions decisions;
    private final BasisDefault basisDefault;
    private final ScoringRuleSets ruleSets;
    private String title = "";
    private Set<String> highlight = Set.of();
    private Basis basis = Basis.STATED;

    public ReportView(UnitsService service, ReviewService review, ReviewDecisions decisions, BasisDefault basisDefault,
                      ScoringRuleSets ruleSets) {
        this.service = service;
        this.review = review;
        this.decisions = decisions;
        this.basisDefault = basisDefault;
        this.ruleSets = ruleSets;
        addClassName("report-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String unitCode = event.getRouteParameters().get("unitCode").orElse("");
        int year = event.getRouteParameters().getInteger("year").orElse(-1);
        ReportDetail report = service.report(unitCode, year).orElse(null);
        if (report == null) {
            event.rerouteToError(NotFoundException.class, getTranslation("units.notFound.report", unitCode, Integer.toString(year)));
            return;
        }
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        highlight = RowKeys.parse(String.join(",", params.getOrDefault(PARAM_HIGHLIGHT, List.of())));
        basis = basisDefault.read(params);
        show(report, event.getLocation().getPathWithQueryParameters());
    }

    /** What the review checks found in this report; each finding links back here with its rows marked. */
    private Component findings(List<Finding> found) {
        if (found.isEmpty()) {
            return ReportTables.emptyState(getTranslation("units.report.findings.none"));
        }
        FindingsGrid grid = FindingsGrid.ofReport(found);
        grid.addClassName("report-findings");
        return grid;
    }

    private void show(ReportDetail r, String address) {
        removeAll();
        ReportHeader h = r.header();
        title = getTranslation("units.report.title", h.unitName(), Integer.toString(h.fiscalYear()));
        List<ReportSection> sections = new ArrayList<>();
        // one read: the findings section lists them, the review panel links corrections to them
        List<Finding> found = review.findingsForReport(h.unitCode(), h.fiscalYear());
        sections.add(new ReportSection("overview", getTranslation("units.report.section.overview"), overview(r)));
        sections.add(new ReportSection("findings", getTranslation("units.report.section.findings"), findings(found)));
        sections.add(new ReportSection("review", getTranslation("units.report.section.review"),
                new ReportReviewPanel(decisions, ruleSets, h.unitCode(), h.fiscalYear(), found,
                        () -> service.report(h.unitCode(), h.fiscalYear()).ifPresent(again -> show(again, address)))));
        sections.add(new ReportSection("budget", getTranslation("units.report.section.budget"), budget(r.budget())));
        r.unitTable().ifPresent(t -> {
            sections.add(new ReportSection("funds", getTranslation("units.report.section.funds"),
                    ReportTables.fundsWithDownload(this, t.funds(), highlight, () -> fileName("export.file.report.funds", h)),
                    note(getTranslation("units.funds.note"))));
            sections.add(new ReportSection("goals", getTranslation("units.report.section.goals"), ReportTables.goals(this, t.goals())));
            sections.add(new ReportSection("indicators", getTranslation("units.report.section.indicators"), indicators(t, h)));
        });
        sections.add(new ReportSection("projects", getTranslation("units.report.section.projects"), projects(r)));
        sections.add(new ReportSection("project-tables", getTranslation("units.report.section.projectTables"), projectTables(r)));
        sections.add(new ReportSection("duties", getTranslation("units.report.section.duties"), duties(r.narrative().duties())));
        sections.add(new ReportSection("performance", getTranslation("units.report.section.performance"), paragraphs(r.narrative().performance())));
        sections.add(new ReportSection("project-performance", getTranslation("units.report.section.projectPerformance"),
                paragraphs(r.narrative().projectPerformance())));
        sections.add(new ReportSection("problems", getTranslation("units.report.section.problems"), paragraphs(r.narrative().problems())));
        if (!r.narrative().other().isEmpty()) {
            sections.add(new ReportSection("other", getTranslation("units.report.section.other"), paragraphs(r.narrative().other())));
        }
        sections.add(new ReportSection("comparison", getTranslation("units.report.section.comparison"), comparison(h, r.comparison())));

        add(navigation(r));
        if (!highlight.isEmpty()) {
            Paragraph marked = new Paragraph(getTranslation("units.report.highlighted", Integer.toString(highlight.size())));
            marked.addClassName("highlight-note");
            add(marked);
        }
        add(ReportSection.tableOfContents(getTranslation("units.report.toc"), address, sections));
        sections.forEach(this::add);
        firstMarkedSection(highlight).ifPresent(id -> ReportSection.scrollTo(this, id));
    }

    /** The section holding the first marked row in page order, to scroll to when the page opens. */
    static java.util.Optional<String> firstMarkedSection(Set<String> keys) {
        List<String> order = List.of("budget", "funds", "indicators", "projects");
        return keys.stream().map(ReportView::sectionOf).filter(java.util.Objects::nonNull)
                .min(java.util.Comparator.comparingInt(order::indexOf));
    }

    private static String sectionOf(String key) {
        if (key.equals(RowKeys.INCOME) || key.equals(RowKeys.EXPENDITURE)) {
            return "budget";
        }
        // project tables have their own page; here only the whole-unit table (0) is shown
        if (key.startsWith("f0-")) {
            return "funds";
        }
        if (key.startsWith("i0-") || key.equals(RowKeys.table(0))) {
            return "indicators";
        }
        return key.equals(RowKeys.PROJECTS) || key.matches("p\\d+") ? "projects" : null;
    }

    private Div navigation(ReportDetail r) {
        ReportHeader h = r.header();
        Div nav = new Div();
        nav.addClassName("report-nav");
        nav.add(new Anchor(UnitRoutes.withBasis(UnitRoutes.unit(h.unitCode()), basis), getTranslation("units.report.back", h.unitName())));
        int i = r.reportedYears().indexOf(h.fiscalYear());
        if (i > 0) {
            int previous = r.reportedYears().get(i - 1);
            nav.add(new Anchor(UnitRoutes.withBasis(UnitRoutes.report(h.unitCode(), previous), basis),
                    getTranslation("units.report.prevYear", Integer.toString(previous))));
        }
        if (i >= 0 && i < r.reportedYears().size() - 1) {
            int next = r.reportedYears().get(i + 1);
            nav.add(new Anchor(UnitRoutes.withBasis(UnitRoutes.report(h.unitCode(), next), basis),
                    getTranslation("units.report.nextYear", Integer.toString(next))));
        }
        return nav;
    }

    private Component overview(ReportDetail r) {
        ReportHeader h = r.header();
        Span source = new Span(getTranslation(h.isReal() ? "units.report.provenance.real" : "units.report.provenance.demo"));
        source.getElement().getThemeList().add("badge " + (h.isReal() ? "success" : "contrast"));
        Div provenance = new Div(source,
                new Span(getTranslation("units.report.sourceFile", h.sourceFile())),
                new Span(getTranslation("units.report.dataFile", h.dataFile())));
        provenance.addClassName("provenance");
        Paragraph meta = new Paragraph(getTranslation("units.report.meta", h.category(),
                h.district() == null ? Formats.MISSING : h.district(), h.title() == null ? Formats.MISSING : h.title()));
        meta.addClassName("page-intro");
        Select<Basis> basisSelect = BasisSelect.create(basis, b -> UI.getCurrent().navigate(UnitRoutes.withBasis(
                UnitRoutes.report(h.unitCode(), h.fiscalYear(), highlight), b)));
        Div bar = new Div(basisSelect);
        bar.addClassName("filter-bar");
        UnitYear shown = r.figures(basis);
        UnitYear other = r.figures(basis.other());
        Paragraph heading = new Paragraph(getTranslation("units.report.kpi.heading") + basis.shown(this::getTranslation));
        heading.addClassName("kpi-basis");
        Div kpis = new Div(
                card("units.report.kpi.fullYearBudget", Formats.money(shown.fullYearBudget()), Formats.money(other.fullYearBudget()), null),
                card("units.report.kpi.executed", Formats.money(shown.executed()), Formats.money(other.executed()), null),
                card("units.report.kpi.executionRate", UnitView.rate(shown.executionRate()), UnitView.rate(other.executionRate()), null),
                card("units.report.kpi.score", Formats.points(shown.totalScore()), Formats.points(other.totalScore()),
                        shown.grade() == null ? null : getTranslation("units.unit.kpi.grade", shown.grade())),
                card("units.report.kpi.projects", Formats.money(shown.projectFunding()), Formats.money(other.projectFunding()),
                        getTranslation("units.report.kpi.projects.detail", shown.projectCount() == null ? "0" : shown.projectCount().toString())));
        kpis.addClassName("kpi-row");
        Div figures = new Div(meta, provenance, bar, heading, kpis);
        Anchor leftOut = BasisSelect.leftOutLink(basis, shown.leftOut(), h.fiscalYear());
        if (leftOut != null) {
            figures.add(leftOut);
        }
        return figures;
    }

    /**
     * A key figure under the page's 口径, its detail saying the figure under the other 口径 where that reads
     * otherwise (a correction, a 复核得分, an amount left out).
     */
    private KpiCard card(String key, String value, String otherValue, String detail) {
        String other = value.equals(otherValue) ? null
                : getTranslation("units.report.kpi.otherBasis", getTranslation(basis.other().labelKey()), otherValue);
        String text = detail == null ? other : other == null ? detail : detail + getTranslation("units.report.kpi.separator") + other;
        KpiCard card = new KpiCard(getTranslation(key), value, text);
        card.addClassName("kpi-" + key.substring(key.lastIndexOf('.') + 1));
        return card;
    }

    /** One line of a stated statement: what, how much (万元). */
    record Amount(String label, BigDecimal amount) {
    }

    private Component budget(BudgetStatement b) {
        Div income = statement(RowKeys.INCOME, getTranslation("units.report.income.heading"), List.of(
                new Amount(getTranslation("units.report.income.total"), b.incomeTotal()),
                new Amount(getTranslation("units.report.income.initial"), b.incomeInitial()),
                new Amount(getTranslation("units.report.income.adjustment"), b.incomeAdjustment()),
                new Amount(getTranslation("units.report.income.carryover"), b.incomeCarryover()),
                new Amount(getTranslation("units.report.income.other"), b.incomeOther())), b.incomeText());
        Div expenditure = statement(RowKeys.EXPENDITURE, getTranslation("units.report.expenditure.heading"), List.of(
                new Amount(getTranslation("units.report.expenditure.total"), b.expenditureTotal()),
                new Amount(getTranslation("units.report.expenditure.basic"), b.expenditureBasic()),
                new Amount(getTranslation("units.report.expenditure.project"), b.expenditureProject()),
                new Amount(getTranslation("units.report.expenditure.balance"), b.expenditureBalance())), b.expenditureText());
        Div groups = statement(null, getTranslation("units.report.projectGroups.heading"), List.of(
                new Amount(getTranslation("units.report.projectGroups.initialAdjustment"), b.initialProjectsAdjustment()),
                new Amount(getTranslation("units.report.projectGroups.initialActual"), b.initialProjectsActual()),
                new Amount(getTranslation("units.report.projectGroups.initialCarryover"), b.initialProjectsCarryover()),
                new Amount(getTranslation("units.report.projectGroups.midyearBudget"), b.midyearProjectsBudget()),
                new Amount(getTranslation("units.report.projectGroups.midyearActual"), b.midyearProjectsActual()),
                new Amount(getTranslation("units.report.projectGroups.midyearCarryover"), b.midyearProjectsCarryover())), null);
        Div row = new Div(income, expenditure, groups);
        row.addClassName("statement-row");
        return new Div(note(getTranslation("units.report.budget.intro")), row);
    }

    private Div statement(String key, String heading, List<Amount> amounts, String asWritten) {
        Grid<Amount> grid = ReportTables.compactGrid(new Grid<>());
        grid.addColumn(Amount::label).setHeader(heading).setFlexGrow(1);
        ReportTables.money(grid, Amount::amount, getTranslation("units.report.col.amount"));
        grid.setItems(amounts);
        Div box = new Div(grid);
        box.addClassName("statement");
        if (key != null) {
            box.setId("row-" + key);
            if (highlight.contains(key)) {
                box.addClassName(ReportTables.HIGHLIGHTED);
            }
        }
        if (asWritten != null && !asWritten.isBlank()) {
            Paragraph quote = new Paragraph(getTranslation("units.report.asWritten", asWritten));
            quote.addClassName("as-written");
            box.add(quote);
        }
        return box;
    }

    private Component indicators(EvalTableDetail t, ReportHeader h) {
        if (t.indicators().indicatorCount() == 0) {
            return ReportTables.emptyState(getTranslation("units.indicators.empty"));
        }
        return new Div(note(getTranslation("units.indicators.legend")), ReportTables.indicatorsWithDownload(this, t.indicators(),
                t.table().tableNo(), highlight, () -> fileName("export.file.report.indicators", h)));
    }

    /** A download's name: the unit, the year and what the table is, e.g. 某单位2020年度绩效指标. */
    private String fileName(String key, ReportHeader h) {
        return getTranslation(key, h.unitName(), Integer.toString(h.fiscalYear()));
    }

    private Component projects(ReportDetail r) {
        if (r.projects().isEmpty()) {
            return ReportTables.emptyState(getTranslation("units.projects.empty"));
        }
        ReportHeader h = r.header();
        Grid<ProjectRow> grid = ReportTables.compactGrid(new Grid<>());
        grid.addClassName("projects-grid");
        GridColumns<ProjectRow> columns = new GridColumns<>(grid);
        columns.integer(getTranslation("units.projects.col.seq"), ProjectRow::seq).setWidth("4rem").setFlexGrow(0);
        Grid.Column<ProjectRow> name = columns.add(TableColumn.text(getTranslation("units.projects.col.name"), ProjectRow::projectName)
                        .renderedBy(LitRenderer.<ProjectRow>of(
                                "<a href=\"${item.href}\" ?hidden=\"${!item.href}\">${item.name}</a><span ?hidden=\"${!!item.href}\">${item.name}</span>")
                                .withProperty("href", p -> p.evalTableNo() == null ? "" : UnitRoutes.projectTable(h.unitCode(), h.fiscalYear(), p.evalTableNo()))
                                .withProperty("name", ProjectRow::projectName)))
                .setFlexGrow(1).setWidth("10rem");
        columns.text(getTranslation("units.projects.col.kind"), p -> getTranslation("units.projects.kind." + p.kind()))
                .setWidth("8rem").setFlexGrow(0);
        Grid.Column<ProjectRow> budget = ReportTables.money(columns, ProjectRow::budget, getTranslation("units.projects.col.budget"));
        Grid.Column<ProjectRow> actual = ReportTables.money(columns, ProjectRow::actual, getTranslation("units.projects.col.actual"));
        ReportTables.money(columns, ProjectRow::carryover, getTranslation("units.projects.col.carryover"));
        columns.text(getTranslation("units.projects.col.purpose"), ProjectRow::purpose).setWidth("14rem").setFlexGrow(3);
        grid.setPartNameGenerator(p -> highlight.contains(p.key()) ? ReportTables.HIGHLIGHTED : null);
        grid.setItems(r.projects());
        // The totals are the metrics' 项目资金 and its actual counterpart, not a sum made here.
        var footer = grid.appendFooterRow();
        footer.getCell(name).setText(getTranslation("units.projects.total", Integer.toString(r.projects().size())));
        footer.getCell(budget).setText(Formats.money(h.projectFunding()));
        footer.getCell(actual).setText(Formats.money(h.projectActual()));
        Div list = new Div(GridDownload.of(grid, columns.table(), () -> fileName("export.file.report.projects", h)), grid);
        // the list's sums (the footer) are what a finding keyed "projects" is about
        list.addClassName("project-list");
        list.setId("row-" + RowKeys.PROJECTS);
        if (highlight.contains(RowKeys.PROJECTS)) {
            list.addClassName(ReportTables.HIGHLIGHTED);
        }
        return list;
    }

    private Component projectTables(ReportDetail r) {
        List<EvalTableInfo> tables = r.projectTables();
        if (tables.isEmpty()) {
            return ReportTables.emptyState(getTranslation("units.projectTables.empty"));
        }
        ReportHeader h = r.header();
        Grid<EvalTableInfo> grid = ReportTables.compactGrid(new Grid<>());
        grid.addClassName("project-tables-grid");
        grid.addColumn(EvalTableInfo::tableNo).setHeader(getTranslation("units.projectTables.col.no")).setTextAlign(ColumnTextAlign.END)
                .setWidth("4rem").setFlexGrow(0);
        grid.addColumn(LitRenderer.<EvalTableInfo>of("<a href=\"${item.href}\">${item.name}</a>")
                        .withProperty("href", t -> UnitRoutes.projectTable(h.unitCode(), h.fiscalYear(), t.tableNo()))
                        .withProperty("name", t -> t.projectName() == null ? Formats.MISSING : t.projectName()))
                .setHeader(getTranslation("units.projectTables.col.name")).setFlexGrow(2);
        grid.addColumn(t -> ReportTables.text(t.spendingDirection())).setHeader(getTranslation("units.projectTables.col.direction")).setFlexGrow(1);
        ReportTables.money(grid, EvalTableInfo::totalInvestment, getTranslation("units.projectTables.col.investment"));
        grid.addColumn(EvalTableInfo::indicatorCount).setHeader(getTranslation("units.projectTables.col.indicators"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        ReportTables.points(grid, EvalTableInfo::totalScore, getTranslation("units.projectTables.col.score"));
        grid.addColumn(t -> t.grade() == null ? Formats.MISSING : t.grade()).setHeader(getTranslation("units.projectTables.col.grade"))
                .setTextAlign(ColumnTextAlign.CENTER).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> r.projects().stream().filter(p -> Integer.valueOf(t.tableNo()).equals(p.evalTableNo())).findFirst()
                        .map(p -> getTranslation("units.projectTables.listed", Integer.toString(p.seq())))
                        .orElse(getTranslation("units.projectTables.notListed")))
                .setHeader(getTranslation("units.projectTables.col.listed")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(tables);
        return grid;
    }

    private Component duties(List<String> duties) {
        if (duties.isEmpty()) {
            return ReportTables.emptyState(getTranslation("units.narrative.empty"));
        }
        OrderedList list = new OrderedList();
        list.addClassName("duties");
        duties.forEach(d -> list.add(new ListItem(d)));
        return list;
    }

    private Component paragraphs(List<String> texts) {
        if (texts.isEmpty()) {
            return ReportTables.emptyState(getTranslation("units.narrative.empty"));
        }
        Div body = new Div();
        body.addClassName("narrative");
        texts.stream().flatMap(t -> t.lines()).filter(l -> !l.isBlank()).forEach(l -> body.add(new Paragraph(l)));
        return body;
    }

    private Component comparison(ReportHeader h, YearComparison c) {
        String previous = Integer.toString(h.fiscalYear() - 1);
        if (!c.hasPreviousYear()) {
            return ReportTables.emptyState(getTranslation("units.comparison.none", previous));
        }
        if (c.rows().isEmpty()) {
            return ReportTables.emptyState(getTranslation("units.comparison.noShared", previous));
        }
        Grid<IndicatorComparison> grid = ReportTables.compactGrid(new Grid<>());
        grid.addClassName("comparison-grid");
        Grid.Column<IndicatorComparison> indicator = grid.addColumn(IndicatorComparison::level3)
                .setHeader(getTranslation("units.comparison.col.indicator")).setFlexGrow(2);
        grid.addColumn(i -> i.level1() + " / " + i.level2()).setHeader(getTranslation("units.comparison.col.levels")).setFlexGrow(1);
        Grid.Column<IndicatorComparison> pt = text(grid, IndicatorComparison::previousTarget, "units.comparison.col.target");
        Grid.Column<IndicatorComparison> pa = text(grid, IndicatorComparison::previousActual, "units.comparison.col.actual");
        Grid.Column<IndicatorComparison> ps = ReportTables.points(grid, IndicatorComparison::previousScore,
                getTranslation("units.comparison.col.score"));
        Grid.Column<IndicatorComparison> ct = text(grid, IndicatorComparison::target, "units.comparison.col.target");
        Grid.Column<IndicatorComparison> ca = text(grid, IndicatorComparison::actual, "units.comparison.col.actual");
        Grid.Column<IndicatorComparison> cs = ReportTables.points(grid, IndicatorComparison::score, getTranslation("units.comparison.col.score"));
        grid.addColumn(i -> MeasureKind.POINTS.change(i.scoreChange()).signed()).setHeader(getTranslation("units.comparison.col.change"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        HeaderRow years = grid.prependHeaderRow();
        years.join(pt, pa, ps).setText(getTranslation("units.comparison.year", previous));
        years.join(ct, ca, cs).setText(getTranslation("units.comparison.year", Integer.toString(h.fiscalYear())));
        years.getCell(indicator).setText("");
        grid.setItems(c.rows());
        return new Div(note(getTranslation("units.comparison.intro", previous)), grid);
    }

    private Grid.Column<IndicatorComparison> text(Grid<IndicatorComparison> grid, Function<IndicatorComparison, String> value, String key) {
        return grid.addColumn(i -> ReportTables.text(value.apply(i))).setHeader(getTranslation(key)).setFlexGrow(1);
    }

    private static Paragraph note(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("section-note");
        return p;
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    Set<String> highlight() {
        return highlight;
    }
}
