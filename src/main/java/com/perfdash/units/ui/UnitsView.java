package com.perfdash.units.ui;

import com.perfdash.base.ui.Formats;
import com.perfdash.base.ui.MainLayout;
import com.perfdash.base.download.ColumnFormat;
import com.perfdash.base.download.ExportTable;
import com.perfdash.base.download.FileNames;
import com.perfdash.base.download.GridColumns;
import com.perfdash.base.download.GridDownload;
import com.perfdash.base.download.TableColumn;
import com.perfdash.units.UnitFilter;
import com.perfdash.review.Basis;
import com.perfdash.review.BasisDefault;
import com.perfdash.review.ui.BasisSelect;
import com.vaadin.flow.component.select.Select;
import com.perfdash.units.UnitListRow;
import com.perfdash.units.UnitOrder;
import com.perfdash.units.UnitSortKey;
import com.perfdash.units.UnitsService;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * 预算单位: every unit, searchable by name or code and filterable by category, sortable by the metrics of
 * its latest reported year, with its total score across the years as a small line. The grid is lazy: each
 * page of rows is one sorted, paged query, so the list stays quick with thousands of units. Search,
 * category and sort are kept in the address ({@code units?q=荷塘&category=党委部门&sort=score&desc}), so a
 * filtered list can be bookmarked and shared.
 */
@PermitAll
@Route(value = "units", layout = MainLayout.class)
@StyleSheet(UnitsStyles.SHEET)
@Menu(title = "nav.units", icon = "vaadin:office", order = 20)
public class UnitsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String PARAM_QUERY = "q";
    static final String PARAM_CATEGORY = "category";
    static final String PARAM_SORT = "sort";
    static final String PARAM_DESC = "desc";

    private final UnitsService service;
    private final TextField search = new TextField();
    private final ComboBox<String> category = new ComboBox<>();
    private final Span count = new Span();
    private final Grid<UnitListRow> grid = new Grid<>();
    private final Map<UnitSortKey, Grid.Column<UnitListRow>> sortColumns = new EnumMap<>(UnitSortKey.class);
    private UnitFilter filter = UnitFilter.ALL;
    private final BasisDefault basisDefault;
    private final Select<Basis> basisSelect;
    private Basis basis = Basis.STATED;
    private boolean restoring;

    public UnitsView(UnitsService service, BasisDefault basisDefault) {
        this.service = service;
        this.basisDefault = basisDefault;
        basisSelect = BasisSelect.create(Basis.STATED, b -> {
            if (!restoring) {
                basis = b;
                updateAddress();
                refresh();
            }
        });
        addClassName("units-view");
        setSizeFull();

        Paragraph intro = new Paragraph(getTranslation("units.intro"));
        intro.addClassName("page-intro");

        search.setLabel(getTranslation("units.search"));
        search.setPlaceholder(getTranslation("units.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("20rem");
        search.addValueChangeListener(e -> filterChanged());

        category.setLabel(getTranslation("units.category"));
        category.setPlaceholder(getTranslation("units.category.all"));
        category.setClearButtonVisible(true);
        category.addValueChangeListener(e -> filterChanged());

        count.addClassName("units-count");
        HorizontalLayout filters = new HorizontalLayout(search, category, basisSelect, count);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.addClassName("units-filters");

        GridDownload<UnitListRow> download = GridDownload.of(grid, configureGrid(), this::downloadName);
        add(intro, filters, download, grid);
        setFlexGrow(1, grid);
    }

    /**
     * The list's columns, and the download's: the grid's with the unit code and the number of reports
     * beside them, the numbers as numbers, the trend as the years and their scores.
     */
    private ExportTable<UnitListRow> configureGrid() {
        grid.addClassName("units-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.setMultiSort(false);
        GridColumns<UnitListRow> columns = new GridColumns<>(grid);
        // A real link, so that the page opens in a new tab too (middle click, ctrl-click, context menu).
        sortColumns.put(UnitSortKey.NAME, columns.add(TableColumn.text(getTranslation("units.col.name"), UnitListRow::unitName)
                        .renderedBy(LitRenderer.<UnitListRow>of("<a class=\"unit-link\" href=\"${item.href}\">${item.name}</a>")
                                .withProperty("href", r -> UnitRoutes.unit(r.unitCode()) + "?" + basis.queryPart())
                                .withProperty("name", UnitListRow::unitName)))
                .setFlexGrow(3).setWidth("16rem"));
        columns.downloadOnly(getTranslation("export.col.unitCode"), ColumnFormat.TEXT, UnitListRow::unitCode);
        sortColumns.put(UnitSortKey.CATEGORY, columns.text(getTranslation("units.col.category"), UnitListRow::category)
                .setAutoWidth(true).setFlexGrow(0));
        sortColumns.put(UnitSortKey.LATEST_YEAR, columns.add(TableColumn.year(getTranslation("units.col.latestYear"), UnitListRow::latestYear)
                        .shownAs(r -> r.latestYear() == null ? Formats.MISSING : latestYear(r))
                        .downloadHeader(getTranslation("export.col.latestYear")))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0));
        columns.downloadOnly(getTranslation("export.col.reports"), ColumnFormat.INTEGER, UnitListRow::reports);
        sortColumns.put(UnitSortKey.FULL_YEAR_BUDGET, columns.money(getTranslation("units.col.fullYearBudget"), UnitListRow::fullYearBudget)
                .setWidth("10rem").setFlexGrow(0));
        sortColumns.put(UnitSortKey.EXECUTED, columns.money(getTranslation("units.col.executed"), UnitListRow::executed)
                .setWidth("10rem").setFlexGrow(0));
        sortColumns.put(UnitSortKey.EXECUTION_RATE, columns.percent(getTranslation("units.col.executionRate"), UnitListRow::executionRate)
                .setAutoWidth(true).setFlexGrow(0));
        sortColumns.put(UnitSortKey.TOTAL_SCORE, columns.points(getTranslation("units.col.score"), UnitListRow::totalScore)
                .setAutoWidth(true).setFlexGrow(0));
        sortColumns.put(UnitSortKey.GRADE, columns.add(TableColumn.text(getTranslation("units.col.grade"), UnitListRow::grade).missingAsDash())
                .setTextAlign(ColumnTextAlign.CENTER).setAutoWidth(true).setFlexGrow(0));
        columns.add(TableColumn.<UnitListRow>text(getTranslation("units.col.trend"), r -> r.scores().stream()
                                .map(s -> s.fiscalYear() + ":" + (s.totalScore() == null ? Formats.MISSING : Formats.points(s.totalScore())))
                                .collect(java.util.stream.Collectors.joining(" ")))
                        .renderedBy(LitRenderer.<UnitListRow>of(
                                "<svg class=\"score-sparkline\" width=\"80\" height=\"22\" viewBox=\"0 0 80 22\" role=\"img\" aria-label=\"${item.title}\">"
                                + "<title>${item.title}</title>"
                                + "<path d=\"${item.path}\" fill=\"none\" stroke=\"var(--lumo-primary-color)\" stroke-width=\"1.5\""
                                + " stroke-linecap=\"round\" stroke-linejoin=\"round\"></path>"
                                + "<circle cx=\"${item.x}\" cy=\"${item.y}\" r=\"${item.r}\" fill=\"var(--lumo-primary-color)\"></circle></svg>")
                                .withProperty("path", r -> sparkline(r).path())
                                .withProperty("title", r -> sparkline(r).title())
                                .withProperty("x", r -> sparkline(r).lastX() == null ? 0 : sparkline(r).lastX())
                                .withProperty("y", r -> sparkline(r).lastY() == null ? 0 : sparkline(r).lastY())
                                .withProperty("r", r -> sparkline(r).lastX() == null ? 0 : 2.5)))
                .setWidth("7rem").setFlexGrow(0).setKey("trend");
        sortColumns.forEach((key, column) -> column.setSortable(true).setSortProperty(key.name()).setKey(key.name()));
        grid.addSortListener(e -> {
            if (!restoring) {
                updateAddress();
            }
        });
        grid.setItems(this::fetch, query -> service.countUnits(filter));
        return columns.table();
    }

    /** 预算单位列表（党委部门，含“荷塘”）: the list's filter in the file name. */
    private String downloadName() {
        List<String> scope = new java.util.ArrayList<>();
        if (filter.category() != null) {
            scope.add(filter.category());
        }
        if (filter.query() != null) {
            scope.add(getTranslation("export.file.units.query", filter.query()));
        }
        return FileNames.withScope(getTranslation("export.file.units")
                + basis.fileNameSuffix(this::getTranslation), String.join("，", scope));
    }

    // Cheap enough to build per property: a row holds a handful of yearly scores.
    private static ScoreSparkline sparkline(UnitListRow r) {
        return ScoreSparkline.of(r.scores());
    }

    private String latestYear(UnitListRow r) {
        return r.reports() > 1 ? getTranslation("units.latestYear.of", r.latestYear().toString(), Integer.toString(r.reports())) : r.latestYear().toString();
    }

    private Stream<UnitListRow> fetch(Query<UnitListRow, Void> query) {
        return service.units(filter, order(query.getSortOrders()), query.getOffset(), query.getLimit(), basis).stream();
    }

    static UnitOrder order(List<QuerySortOrder> sortOrders) {
        if (sortOrders.isEmpty()) {
            return UnitOrder.BY_NAME;
        }
        QuerySortOrder first = sortOrders.get(0);
        return new UnitOrder(UnitSortKey.valueOf(first.getSorted()), first.getDirection() == SortDirection.DESCENDING);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        restoring = true;
        try {
            category.setItems(service.categories());
            search.setValue(first(params, PARAM_QUERY));
            String wantedCategory = first(params, PARAM_CATEGORY);
            category.setValue(wantedCategory.isEmpty() ? null : wantedCategory);
            filter = new UnitFilter(search.getValue(), category.getValue());
            basis = basisDefault.read(params);
            basisSelect.setValue(basis);
            UnitSortKey key = sortKey(first(params, PARAM_SORT));
            if (key != null) {
                grid.sort(List.of(new GridSortOrder<>(sortColumns.get(key),
                        params.containsKey(PARAM_DESC) ? SortDirection.DESCENDING : SortDirection.ASCENDING)));
            }
        } finally {
            restoring = false;
        }
        refresh();
    }

    private static UnitSortKey sortKey(String name) {
        for (UnitSortKey k : UnitSortKey.values()) {
            if (k.name().equalsIgnoreCase(name.replace('-', '_'))) {
                return k;
            }
        }
        return null;
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }

    private void filterChanged() {
        if (restoring) {
            return;
        }
        filter = new UnitFilter(search.getValue(), category.getValue());
        updateAddress();
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("units.count", Formats.integer(service.countUnits(filter))));
    }

    /** Puts search, category and sort into the address without reloading the page. */
    private void updateAddress() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (filter.query() != null) {
            params.put(PARAM_QUERY, List.of(filter.query()));
        }
        if (filter.category() != null) {
            params.put(PARAM_CATEGORY, List.of(filter.category()));
        }
        params.put(Basis.PARAMETER, List.of(basis.code()));
        grid.getSortOrder().stream().findFirst().ifPresent(o -> {
            params.put(PARAM_SORT, List.of(o.getSorted().getKey().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
            if (o.getDirection() == SortDirection.DESCENDING) {
                params.put(PARAM_DESC, List.of(""));
            }
        });
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location(UnitRoutes.units(), new QueryParameters(params))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("units.title");
    }

    Grid<UnitListRow> grid() {
        return grid;
    }
}
