package com.perfdash.compare.ui;

import com.perfdash.base.chart.ApexChart;
import com.perfdash.base.grade.GradeBandService;
import com.perfdash.base.ui.ColumnHeader;
import com.perfdash.base.ui.Formats;
import com.perfdash.base.ui.MeasureKind;
import com.perfdash.base.ui.MainLayout;
import com.perfdash.compare.CompareChartMapper;
import com.perfdash.compare.CompareFilter;
import com.perfdash.compare.CompareMetric;
import com.perfdash.compare.CompareOptions;
import com.perfdash.compare.CompareService;
import com.perfdash.compare.Comparison;
import com.perfdash.compare.MetricText;
import com.perfdash.compare.RankingCount;
import com.perfdash.compare.RankingOrder;
import com.perfdash.compare.RankingRow;
import com.perfdash.compare.RankingSortKey;
import com.perfdash.base.unit.UnitRef;
import com.perfdash.base.download.ColumnFormat;
import com.perfdash.base.download.FileNames;
import com.perfdash.base.download.GridColumns;
import com.perfdash.base.download.GridDownload;
import com.perfdash.base.download.TableColumn;
import com.perfdash.review.Basis;
import com.perfdash.review.BasisDefault;
import com.perfdash.review.ui.BasisSelect;
import com.perfdash.units.ui.UnitRoutes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;

/**
 * 单位对比: units compared by one metric. Every selection lives in the page address
 * ({@link CompareAddress}); a change of a selection navigates to the new address, and the page reads
 * the address and queries once, in {@link #beforeEnter}, never in the constructor. The ranking grid and
 * the unit picker are lazy: each page of rows they show is one sorted (or searched), paged query, so
 * the page holds only what it shows however many units there are.
 */
@PermitAll
@Route(value = "compare", layout = MainLayout.class)
@StyleSheet(CompareStyles.SHEET)
@Menu(title = "nav.compare", icon = "vaadin:chart-grid", order = 30)
public class CompareView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final CompareService service;
    private final GradeBandService grades;
    private final BasisDefault basisDefault;

    private final Select<CompareMetric> metric = new Select<>();
    private final Select<Integer> year = new Select<>();
    private final Select<Integer> fromYear = new Select<>();
    private final Select<Integer> toYear = new Select<>();
    private final ComboBox<String> category = new ComboBox<>();
    private final MultiSelectComboBox<UnitRef> lineUnits = new MultiSelectComboBox<>();
    private final H3 rankingHeading = new H3();
    private final Paragraph rankingCount = new Paragraph();
    private final Paragraph rankingHelp = new Paragraph();
    private final Grid<RankingRow> ranking = new Grid<>(RankingRow.class, false);
    private final Div rankingDownload = new Div();
    private final ApexChart heatmap = new ApexChart();
    private final Paragraph heatmapNote = new Paragraph();
    private final ApexChart lines = new ApexChart();
    private final Div content = new Div();

    private CompareFilter current;
    private boolean updating;

    public CompareView(CompareService service, BasisDefault basisDefault, GradeBandService grades) {
        this.service = service;
        this.grades = grades;
        this.basisDefault = basisDefault;
        addClassName("compare-view");
        setSpacing(true);

        metric.setLabel(getTranslation("compare.filter.metric"));
        metric.setItems(CompareMetric.values());
        metric.setItemLabelGenerator(m -> getTranslation("compare.metric." + m.code()));
        year.setLabel(getTranslation("compare.filter.year"));
        fromYear.setLabel(getTranslation("compare.filter.fromYear"));
        toYear.setLabel(getTranslation("compare.filter.toYear"));
        category.setLabel(getTranslation("compare.filter.category"));
        category.setPlaceholder(getTranslation("compare.filter.category.all"));
        category.setClearButtonVisible(true);
        lineUnits.setLabel(getTranslation("compare.filter.units"));
        lineUnits.setItemLabelGenerator(UnitRef::unitName);
        lineUnits.setClearButtonVisible(true);
        lineUnits.addClassName("line-units");
        // the lines stay as they were chosen (or the ranking's first units) when another selection changes
        List.of(metric, year, fromYear, toYear).forEach(s -> s.addValueChangeListener(e -> selectionChanged(current.units())));
        category.addValueChangeListener(e -> selectionChanged(current.units()));
        lineUnits.addValueChangeListener(e -> {
            if (updating) {
                return;
            }
            if (e.getValue().size() > CompareFilter.MAX_LINE_UNITS) {
                Notification.show(getTranslation("compare.filter.units.tooMany", CompareFilter.MAX_LINE_UNITS));
                updating = true;
                lineUnits.setValue(e.getOldValue());
                updating = false;
                return;
            }
            selectionChanged(e.getValue().stream().map(UnitRef::unitCode).toList());
        });

        ranking.addClassName("ranking");
        ranking.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        ranking.setMultiSort(false);

        heatmap.setEmptyText(getTranslation("chart.empty"));
        heatmap.addClassName("heatmap");
        heatmapNote.addClassName("chart-note");
        lines.setEmptyText(getTranslation("compare.lines.empty"));
        lines.addClassName("lines");
        rankingHelp.addClassName("chart-note");
        rankingCount.addClassNames("chart-note", "ranking-count");
        content.setWidthFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("compare.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CompareOptions options = service.options();
        removeAll();
        if (options.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("compare.empty"));
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        var query = event.getLocation().getQueryParameters().getParameters();
        CompareFilter filter = CompareAddress.parse(query, options, basisDefault::defaultBasis);
        Comparison comparison = service.compare(filter);
        current = filter;
        Paragraph intro = new Paragraph(getTranslation("compare.intro"));
        intro.addClassName("page-intro");
        add(intro, filterBar(filter), rankingPanel(), panel(heatmap, heatmapNote), panel(lines));
        updating = true;
        try {
            showSelections(options, comparison);
        } finally {
            updating = false;
        }
        showRanking(comparison);
        heatmap.setOptions(CompareChartMapper.heatmap(comparison, grades.bands(), this::getTranslation, getLocale()));
        heatmapNote.setText(comparison.heatmapTruncated()
                ? getTranslation("compare.heatmap.truncated", comparison.heatmapUnits().size(), comparison.ranking().units()) : "");
        heatmapNote.setVisible(comparison.heatmapTruncated());
        lines.setOptions(CompareChartMapper.lines(comparison, this::getTranslation, getLocale()));
    }

    private Div filterBar(CompareFilter filter) {
        Select<Basis> basis = BasisSelect.create(filter.basis(), b -> UI.getCurrent().navigate(CompareView.class,
                new QueryParameters(CompareAddress.parameters(current.withBasis(b)))));
        Div bar = new Div(metric, year, fromYear, toYear, category, lineUnits, basis);
        bar.addClassName("filter-bar");
        return bar;
    }

    private Div rankingPanel() {
        return panel(rankingHeading, rankingCount, rankingDownload, ranking, rankingHelp);
    }

    private static Div panel(Component... components) {
        Div panel = new Div(components);
        panel.addClassName("panel");
        return panel;
    }

    private void showSelections(CompareOptions options, Comparison comparison) {
        CompareFilter f = comparison.filter();
        metric.setValue(f.metric());
        year.setItems(options.years());
        year.setValue(f.year());
        fromYear.setItems(options.years());
        fromYear.setValue(f.fromYear());
        toYear.setItems(options.years());
        toYear.setValue(f.toYear());
        category.setItems(options.categories());
        category.setValue(f.category());
        // the ranking's units, then chosen units outside it; the typed text searches names and codes
        lineUnits.setItems(query -> service.lineUnitChoices(f, query.getFilter().orElse(null), query.getOffset(), query.getLimit()).stream(),
                query -> service.countLineUnitChoices(f, query.getFilter().orElse(null)));
        lineUnits.setValue(new LinkedHashSet<>(comparison.lineUnits()));
    }

    /**
     * A selection changed: go to the address of the new selection; beforeEnter then shows it.
     *
     * @param units the units of the lines, null for the ranking's first units
     */
    private void selectionChanged(List<String> units) {
        if (updating || current == null || metric.getValue() == null || year.getValue() == null
                || fromYear.getValue() == null || toYear.getValue() == null) {
            return;
        }
        CompareFilter next = new CompareFilter(metric.getValue(), year.getValue(), fromYear.getValue(), toYear.getValue(),
                category.getValue(), units, current.basis());
        if (!next.equals(current)) {
            UI.getCurrent().navigate(CompareView.class, new QueryParameters(CompareAddress.parameters(next)));
        }
    }

    private void showRanking(Comparison c) {
        CompareFilter f = c.filter();
        CompareMetric m = f.metric();
        String scope = f.category() == null ? getTranslation("compare.ranking.allCategories") : f.category();
        rankingHeading.setText(getTranslation("compare.ranking.heading", Integer.toString(f.year()),
                getTranslation("compare.metric." + m.code())) + "（" + scope + "）" + f.basis().shown(this::getTranslation));
        RankingCount size = c.ranking();
        rankingCount.setText(getTranslation("compare.ranking.count", Formats.integer(size.units()), Formats.integer(size.withValue())));
        rankingHelp.setText(getTranslation("compare.ranking.help",
                getTranslation(m.higherFirst() ? "compare.ranking.help.higher" : "compare.ranking.help.lower")));

        ranking.removeAllColumns();
        GridColumns<RankingRow> columns = new GridColumns<>(ranking);
        GridColumns<RankingRow> numbers = columns.headers(ColumnHeader::new);
        Grid.Column<RankingRow> rank = number(columns.headers(withTooltip("compare.column.rank.tooltip"))
                        .integer(getTranslation("compare.column.rank"), RankingRow::rank),
                RankingSortKey.RANK, "rank").setWidth("5.5rem");
        columns.add(TableColumn.text(getTranslation("compare.column.unit"), RankingRow::unitName)
                        .renderedBy(new ComponentRenderer<>(r -> unitLink(r, f.year(), f.basis()))))
                .setKey("unit").setFlexGrow(3).setWidth("14rem").setSortProperty(RankingSortKey.UNIT.name());
        columns.text(getTranslation("compare.column.category"), RankingRow::category).setKey("category")
                .setFlexGrow(0).setWidth("7rem").setSortProperty(RankingSortKey.CATEGORY.name());
        // the values as numbers in the metric's unit; the download's header says their 口径
        ColumnFormat format = ColumnFormat.of(m.kind());
        String valueHeader = getTranslation("compare.axis." + m.code());
        number(numbers.add(TableColumn.of(valueHeader, format, RankingRow::value)
                .downloadHeader(valueHeader + f.basis().shown(this::getTranslation))), RankingSortKey.VALUE, "value");
        String changeHeader = getTranslation("compare.column.change." + m.kind().name().toLowerCase(java.util.Locale.ROOT));
        // a rate's change in percentage points, as the header says
        TableColumn<RankingRow> change = m.kind() == MeasureKind.RATE
                ? TableColumn.<RankingRow>points(changeHeader, r -> r.change() == null ? null : r.change().movePointRight(2))
                : TableColumn.of(changeHeader, format, RankingRow::change);
        number(numbers.add(change.shownAs(r -> MetricText.change(m, r.change()))), RankingSortKey.CHANGE, "change");
        if (m.kind().hasRelativeChange()) {
            number(numbers.add(TableColumn.percent(getTranslation("compare.column.relativeChange"), RankingRow::relativeChange)
                    .shownAs(r -> MetricText.relativeChange(r.relativeChange()))), RankingSortKey.RELATIVE_CHANGE, "relativeChange");
        }
        number(columns.headers(withTooltip("compare.column.rankChange.tooltip"))
                .add(TableColumn.integer(getTranslation("compare.column.rankChange"), RankingRow::rankChange)
                        .shownAs(r -> MetricText.rankChange(r.rankChange()))), RankingSortKey.RANK_CHANGE, "rankChange");
        columns.headers(withTooltip("compare.column.percentile.tooltip")).text(getTranslation("compare.column.percentile"), r -> percentile(m, r))
                .setKey("percentile").setFlexGrow(3).setWidth("13rem").setSortProperty(RankingSortKey.PERCENTILE.name());
        if (f.basis() == Basis.REVIEWED) {
            // under 复核后 a report not reviewed yet counts with its stated figures (and any corrections so far)
            columns.text(getTranslation("basis.status"), this::reviewStatus).setKey("reviewed").setFlexGrow(0).setAutoWidth(true);
        }
        ranking.setItems(query -> service.ranking(m, f.year(), f.category(), f.basis(), order(query.getSortOrders()),
                query.getOffset(), query.getLimit()).stream(), query -> size.units());
        // a short ranking shows whole; a long one scrolls inside a grid of fixed height
        ranking.setAllRowsVisible(size.units() <= 15);
        ranking.setHeight(size.units() <= 15 ? null : "32rem");
        ranking.sort(List.of(new GridSortOrder<>(rank, SortDirection.ASCENDING)));
        String fileName = FileNames.withScope(getTranslation("export.file.ranking", Integer.toString(f.year()),
                getTranslation("compare.metric." + m.code())) + f.basis().fileNameSuffix(this::getTranslation),
                f.category());
        rankingDownload.removeAll();
        // the whole ranking in the grid's sort, in one query when the link is clicked
        rankingDownload.add(new GridDownload<>(columns.table(), () -> service.ranking(m, f.year(), f.category(), f.basis(),
                order(ranking.getDataCommunicator().getBackEndSorting()), 0, GridDownload.MAX_ROWS), () -> fileName));
    }

    /** The grid's sort as the ranking query's; the ranking's own order when unsorted. */
    static RankingOrder order(List<QuerySortOrder> sortOrders) {
        if (sortOrders.isEmpty()) {
            return RankingOrder.BY_RANK;
        }
        QuerySortOrder first = sortOrders.get(0);
        return new RankingOrder(RankingSortKey.valueOf(first.getSorted()), first.getDirection() == SortDirection.DESCENDING);
    }

    /** 已复核 or 未复核, under 复核后. */
    private String reviewStatus(RankingRow r) {
        return getTranslation(Boolean.TRUE.equals(r.reviewed()) ? "basis.status.reviewed" : "basis.status.unreviewed");
    }

    /** A number column of the ranking, as wide as its values, sorted by the ranking query's key. */
    private static Grid.Column<RankingRow> number(Grid.Column<RankingRow> column, RankingSortKey sortKey, String key) {
        return column.setKey(key).setFlexGrow(0).setAutoWidth(true).setSortProperty(sortKey.name());
    }

    /** Headers that say how to read their column when pointed at. */
    private Function<String, Component> withTooltip(String tooltipKey) {
        return text -> {
            Span header = new Span(text);
            header.getElement().setAttribute("title", getTranslation(tooltipKey));
            return header;
        };
    }

    private String percentile(CompareMetric m, RankingRow r) {
        if (r.value() == null) {
            return Formats.MISSING;
        }
        if (r.betterThan() == null) {
            return getTranslation("compare.percentile.alone");
        }
        String key = m.judgement() == CompareMetric.Judgement.NEUTRAL ? "compare.percentile.higher" : "compare.percentile.better";
        return getTranslation(key, Formats.percentOfFraction(r.betterThan()), r.category());
    }

    /** The unit's name, linking to its report of the ranking year in the unit drill-down, under the ranking's 口径. */
    private static Anchor unitLink(RankingRow r, int year, Basis basis) {
        Anchor a = new Anchor(UnitRoutes.withBasis(UnitRoutes.report(r.unitCode(), year), basis), r.unitName());
        a.getElement().setAttribute("router-link", true);
        return a;
    }
}
