package com.perfdash.overview.ui;

import jakarta.annotation.security.PermitAll;
import com.perfdash.base.chart.ApexChart;
import com.perfdash.base.chart.ChartOptions;
import com.perfdash.base.grade.GradeBandService;
import com.perfdash.base.ui.Formats;
import com.perfdash.base.ui.MeasureChange;
import com.perfdash.base.ui.MeasureKind;
import com.perfdash.base.ui.KpiCard;
import com.perfdash.base.ui.MainLayout;
import com.perfdash.base.download.ColumnFormat;
import com.perfdash.base.download.FileNames;
import com.perfdash.base.download.GridColumns;
import com.perfdash.base.download.GridDownload;
import com.perfdash.base.download.TableColumn;
import com.perfdash.overview.Overview;
import com.perfdash.overview.OverviewChartMapper;
import com.perfdash.overview.OverviewCharts;
import com.perfdash.overview.OverviewFilter;
import com.perfdash.overview.OverviewOptions;
import com.perfdash.overview.OverviewService;
import com.perfdash.overview.SourceFilter;
import com.perfdash.review.Basis;
import com.perfdash.review.BasisDefault;
import com.perfdash.review.ui.BasisSelect;
import com.perfdash.overview.WatchListEntry;
import com.perfdash.overview.YearAggregate;
import com.perfdash.overview.YearFindings;
import com.perfdash.review.FindingFilter;
import com.perfdash.review.ui.ReviewView;
import com.perfdash.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * 总览: the leadership overview, the app's home. Everything it shows follows from the URL's query
 * parameters ({@link OverviewParams}); changing a filter navigates to the new URL, so the back button,
 * bookmarks and shared links show the same page. The figures come from {@link OverviewService}, whose
 * metrics are defined in SQL (docs/metrics.md); this class only lays them out and formats them.
 */
@PermitAll
@Route(value = "", layout = MainLayout.class)
@Menu(title = "nav.overview", icon = "vaadin:dashboard", order = 0)
public class OverviewView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final OverviewService service;
    private final GradeBandService grades;
    private final CurrentUser user;
    private final BasisDefault basisDefault;
    private OverviewParams params;

    public OverviewView(OverviewService service, CurrentUser user, BasisDefault basisDefault, GradeBandService grades) {
        this.service = service;
        this.grades = grades;
        this.user = user;
        this.basisDefault = basisDefault;
        addClassName("overview-view");
        setSpacing(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        OverviewOptions options = service.options();
        removeAll();
        if (options.isEmpty()) {
            add(emptyState(getTranslation("overview.empty.nothingLoaded")));
            return;
        }
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        params = OverviewParams.read(query, options, basisDefault::defaultBasis);
        Overview overview = service.overview(params.filter(), params.year());
        add(filters(options));
        if (overview.isEmpty()) {
            add(emptyState(getTranslation("overview.empty.filter", describe(params.filter()))));
            return;
        }
        if (params.source() == SourceFilter.ALL && options.sources().size() > 1) {
            add(note(getTranslation("overview.note.mixedSources")));
        }
        add(keyFigures(overview), charts(overview), watchList(overview),
                note(getTranslation("overview.note.definitions")));
    }

    /** Shows the page for new parameters by navigating to their URL. */
    private void go(OverviewParams next) {
        UI.getCurrent().navigate(OverviewView.class, new QueryParameters(next.toQuery()));
    }

    // ---- filters --------------------------------------------------------------------------------

    private Div filters(OverviewOptions options) {
        int first = Math.min(options.firstYear(), params.fromYear());
        int last = Math.max(options.lastYear(), params.toYear());
        List<Integer> allYears = IntStream.rangeClosed(first, last).boxed().toList();

        Select<Integer> year = yearSelect("overview.filter.year",
                IntStream.rangeClosed(params.fromYear(), params.toYear()).boxed().toList(), params.year());
        year.addClassName("filter-year");
        year.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() != params.year()) {
                go(params.withYear(e.getValue()));
            }
        });

        Select<Integer> from = yearSelect("overview.filter.from", allYears, params.fromYear());
        from.addClassName("filter-from");
        Select<Integer> to = yearSelect("overview.filter.to", allYears, params.toYear());
        to.addClassName("filter-to");
        from.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() != params.fromYear()) {
                go(params.withRange(e.getValue(), params.toYear()));
            }
        });
        to.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() != params.toYear()) {
                go(params.withRange(params.fromYear(), e.getValue()));
            }
        });

        MultiSelectComboBox<String> categories = new MultiSelectComboBox<>(getTranslation("overview.filter.categories"));
        categories.addClassName("filter-categories");
        Set<String> items = new LinkedHashSet<>(options.categories());
        items.addAll(params.categories());
        categories.setItems(items);
        categories.setPlaceholder(getTranslation("overview.filter.categories.all"));
        categories.setValue(params.categories());
        categories.addValueChangeListener(e -> {
            if (!e.getValue().equals(params.categories())) {
                go(params.withCategories(e.getValue()));
            }
        });

        Select<SourceFilter> source = new Select<>();
        source.setLabel(getTranslation("overview.filter.source"));
        source.addClassName("filter-source");
        source.setItems(SourceFilter.values());
        source.setItemLabelGenerator(s -> getTranslation("overview.source." + s.code()));
        source.setValue(params.source());
        source.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() != params.source()) {
                go(params.withSource(e.getValue()));
            }
        });

        Select<Basis> basis = BasisSelect.create(params.basis(), b -> go(params.withBasis(b)));

        RouterLink reset = new RouterLink(getTranslation("overview.filter.reset"), OverviewView.class);
        reset.addClassName("filter-reset");
        Div bar = new Div(year, from, to, categories, source, basis, reset);
        bar.addClassName("overview-filters");
        return bar;
    }

    private Select<Integer> yearSelect(String labelKey, List<Integer> years, int value) {
        Select<Integer> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(years);
        select.setItemLabelGenerator(String::valueOf);
        select.setValue(value);
        return select;
    }

    private String describe(OverviewFilter f) {
        String range = f.fromYear() == f.toYear() ? Integer.toString(f.fromYear()) : f.fromYear() + "–" + f.toYear();
        String cats = f.categories().isEmpty() ? getTranslation("overview.filter.categories.all") : String.join("、", f.categories());
        return getTranslation("overview.filter.describe", range, cats, getTranslation("overview.source." + f.source().code()));
    }

    // ---- key figures ----------------------------------------------------------------------------

    private Component keyFigures(Overview o) {
        H3 heading = new H3(getTranslation("overview.kpi.heading", year(o.selectedYear())));
        Div section = new Div(heading);
        section.addClassNames("panel", "overview-kpis");
        YearAggregate y = o.selected();
        if (y == null) {
            section.add(emptyState(getTranslation("overview.empty.year", year(o.selectedYear()))));
            return section;
        }
        String reports = y.hasPreviousYear()
                ? getTranslation("overview.kpi.reports.change", Formats.integer(y.reports()), count(y.reportsChange()).signed())
                : getTranslation("overview.kpi.reports", Formats.integer(y.reports()));
        Paragraph count = new Paragraph(reports + " " + params.basis().shown(this::getTranslation));
        count.addClassName("overview-report-count");
        Div row = new Div(
                card("overview.kpi.fullYearBudget", MeasureKind.MONEY.value(y.fullYearBudget()), y, MeasureKind.relativeChange(y.fullYearBudgetChange())),
                card("overview.kpi.executed", MeasureKind.MONEY.value(y.executed()), y, MeasureKind.relativeChange(y.executedChange())),
                card("overview.kpi.executionRate", MeasureKind.RATE.value(y.executionRate()), y, MeasureKind.RATE.change(y.executionRateChange())),
                card("overview.kpi.projectShare", MeasureKind.RATE.value(y.projectShare()), y, MeasureKind.RATE.change(y.projectShareChange())),
                card("overview.kpi.projectFunding", MeasureKind.MONEY.value(y.projectFunding()), y, MeasureKind.relativeChange(y.projectFundingChange())),
                card("overview.kpi.medianScore", MeasureKind.POINTS.value(y.medianScore()), y, MeasureKind.POINTS.change(y.medianScoreChange())),
                card("overview.kpi.excellent", Formats.integer(y.gradeExcellent()), y, count(y.gradeExcellentChange())));
        if (o.selectedFindings() != null) {
            row.add(findingsCard(o.selectedFindings()));
        }
        row.addClassName("kpi-row");
        section.add(count, row);
        Anchor leftOut = BasisSelect.leftOutLink(params.basis(), y.leftOut(), o.selectedYear());
        if (leftOut != null) {
            section.add(leftOut);
        }
        return section;
    }

    /**
     * What the review checks found in the year's reports under the same filter, with a link to those
     * findings on the review page for the users who may open it.
     */
    private KpiCard findingsCard(YearFindings f) {
        KpiCard card = new KpiCard(getTranslation("overview.kpi.findings"), Formats.integer(f.total()),
                getTranslation("overview.kpi.findings.detail", Formats.integer(f.errors()),
                        Formats.integer(f.reportsWithFindings()), Formats.integer(f.reports())));
        card.addClassName("findings");
        Span dispositions = new Span(getTranslation("overview.kpi.findings.dispositions", Formats.integer(f.open()),
                Formats.integer(f.confirmed()), Formats.integer(f.dismissed()), Formats.integer(f.corrected())));
        dispositions.addClassNames("kpi-detail", "finding-dispositions");
        card.add(dispositions);
        if (ReviewView.isOpenTo(user.role())) {
            Anchor link = new Anchor(ReviewView.location(FindingFilter.ALL.withYear(f.fiscalYear())),
                    getTranslation("overview.kpi.findings.link"));
            link.addClassName("kpi-link");
            card.add(link);
        }
        return card;
    }

    /**
     * A key figure's card: its value and its change against last year, marked with an arrow (▲ up, ▼ down,
     * ＝ none) by the sign rule every change follows ({@link MeasureChange}).
     */
    private KpiCard card(String key, String value, YearAggregate y, MeasureChange change) {
        String detail = y.hasPreviousYear() && !change.isMissing()
                ? getTranslation("overview.kpi.change", change.arrowed(this::getTranslation))
                : getTranslation("overview.kpi.noPrevious", year(y.fiscalYear() - 1));
        KpiCard card = new KpiCard(getTranslation(key), value, detail);
        card.addClassName(key.substring(key.lastIndexOf('.') + 1));
        return card;
    }

    private static MeasureChange count(Integer change) {
        return MeasureKind.COUNT.change(change == null ? null : BigDecimal.valueOf(change));
    }

    /** A year as a message parameter: MessageFormat would write 2023 as "2,023". */
    private static String year(int fiscalYear) {
        return Integer.toString(fiscalYear);
    }

    // ---- charts ---------------------------------------------------------------------------------

    private Component charts(Overview o) {
        int from = o.filter().fromYear();
        int to = o.filter().toYear();
        Function<String, String> text = this::getTranslation;
        // the download names say whose figures they are when categories are chosen
        String scope = scope(o.filter());
        Div grid = new Div(
                chart("chart-budget", OverviewCharts.budget(OverviewChartMapper.budgetAndExecution(o.years(), from, to), text, getLocale(), scope, o.filter().basis()),
                        "overview.chart.budget.note"),
                chart("chart-spending", OverviewCharts.spending(OverviewChartMapper.spending(o.years(), from, to), text, getLocale(), scope, o.filter().basis()),
                        "overview.chart.spending.note"),
                chart("chart-scores", OverviewCharts.scores(OverviewChartMapper.scores(o.scoreDistributions(), from, to), grades.bands(), text, getLocale(), scope, o.filter().basis()),
                        "overview.chart.scores.note"),
                chart("chart-grades", OverviewCharts.grades(OverviewChartMapper.grades(o.gradeMixes(), from, to), text, getLocale(), scope, o.filter().basis()),
                        "overview.chart.grades.note"));
        grid.addClassName("overview-charts");
        return grid;
    }

    private Div chart(String className, ChartOptions options, String noteKey) {
        ApexChart chart = new ApexChart(options, getTranslation("overview.chart.empty"));
        chart.addClassName(className);
        Paragraph note = new Paragraph(getTranslation(noteKey));
        note.addClassName("chart-note");
        Div panel = new Div(chart, note);
        panel.addClassName("panel");
        return panel;
    }

    // ---- watch list -----------------------------------------------------------------------------

    private Component watchList(Overview o) {
        Div section = new Div(new H3(getTranslation("overview.watch.heading", year(o.selectedYear()))));
        section.addClassNames("panel", "overview-watch");
        section.add(note(getTranslation("overview.watch.criteria")));
        if (o.selected() == null) {
            section.add(emptyState(getTranslation("overview.empty.year", year(o.selectedYear()))));
            return section;
        }
        if (o.watchList().isEmpty()) {
            section.add(emptyState(getTranslation("overview.watch.none", year(o.selectedYear()))));
            return section;
        }
        Grid<WatchListEntry> grid = new Grid<>(WatchListEntry.class, false);
        grid.addClassName("watch-list-grid");
        // fixed minimum widths that add up to less than the page, growing to fill it; long texts wrap
        GridColumns<WatchListEntry> columns = new GridColumns<>(grid);
        columns.add(TableColumn.text(getTranslation("overview.watch.unit"), WatchListEntry::unitName)
                        .renderedBy(new ComponentRenderer<>(e -> new Anchor("units/" + path(e.unitCode()), e.unitName()))))
                .setKey("unit").setWidth("9rem").setFlexGrow(3);
        columns.text(getTranslation("overview.watch.category"), WatchListEntry::category).setWidth("6rem").setFlexGrow(1);
        columns.money(getTranslation("overview.watch.fullYearBudget"), WatchListEntry::fullYearBudget)
                .setWidth("8.5rem").setFlexGrow(1);
        columns.money(getTranslation("overview.watch.executed"), WatchListEntry::executed).setWidth("8.5rem").setFlexGrow(1);
        columns.percent(getTranslation("overview.watch.executionRate"), WatchListEntry::executionRate)
                .setWidth("5rem").setFlexGrow(1);
        columns.points(getTranslation("overview.watch.score"), WatchListEntry::totalScore).setWidth("5rem").setFlexGrow(1);
        columns.add(TableColumn.points(getTranslation("overview.watch.scoreChange"), WatchListEntry::scoreChange)
                .shownAs(e -> MeasureKind.POINTS.change(e.scoreChange()).signed())).setWidth("5rem").setFlexGrow(1);
        columns.text(getTranslation("overview.watch.reasons"), this::reasons).setWidth("9rem").setFlexGrow(3);
        columns.add(TableColumn.integer(getTranslation("overview.watch.findings"), WatchListEntry::findings)
                .shownAs(this::findings)).setKey("findings").setWidth("6rem").setFlexGrow(1);
        columns.downloadOnly(getTranslation("overview.watch.findingErrors"), ColumnFormat.INTEGER, WatchListEntry::findingErrors);
        columns.gridOnly(getTranslation("overview.watch.drill"), new ComponentRenderer<>(e -> new Anchor(
                        "units/" + path(e.unitCode()) + "/" + e.fiscalYear(), getTranslation("overview.watch.report", year(e.fiscalYear())))))
                .setKey("report").setWidth("7.5rem").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setItems(o.watchList());
        section.add(GridDownload.of(grid, columns.table(), () -> FileNames.withScope(
                getTranslation("export.file.watchList", year(o.selectedYear())), scope(o.filter()))), grid);
        return section;
    }

    /** The review findings of a watched report: how many, the errors among them. */
    String findings(WatchListEntry e) {
        return e.findingErrors() == 0 ? Formats.integer(e.findings())
                : getTranslation("overview.watch.findings.count", Formats.integer(e.findings()), Formats.integer(e.findingErrors()));
    }

    /** The chosen categories for file names, null for every category. */
    private static String scope(OverviewFilter f) {
        return f.categories().isEmpty() ? null : String.join("、", new java.util.TreeSet<>(f.categories()));
    }

    /** The reasons a unit is on the list, in words. */
    String reasons(WatchListEntry e) {
        List<String> r = new ArrayList<>();
        if (e.lowExecution()) {
            r.add(getTranslation("overview.watch.reason.lowExecution"));
        }
        if (e.lowScore()) {
            r.add(getTranslation("overview.watch.reason.lowScore"));
        }
        if (e.largeFall()) {
            r.add(getTranslation("overview.watch.reason.largeFall", String.valueOf(e.fallRank())));
        }
        return String.join(getTranslation("overview.list.separator"), r);
    }

    private static String path(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    // ---- small parts ----------------------------------------------------------------------------

    private static Paragraph emptyState(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("empty-state");
        return p;
    }

    private static Paragraph note(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("page-intro");
        return p;
    }
}
