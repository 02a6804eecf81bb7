package com.perfdash.review.ui;

import com.perfdash.security.Role;
import jakarta.annotation.security.RolesAllowed;
import com.perfdash.base.chart.ApexChart;
import com.perfdash.base.ui.Formats;
import com.perfdash.base.ui.KpiCard;
import com.perfdash.base.ui.MainLayout;
import com.perfdash.review.Disposition;
import com.perfdash.review.DispositionEntry;
import com.perfdash.review.Finding;
import com.perfdash.review.FindingFilter;
import com.perfdash.review.ReviewDecisions;
import com.perfdash.review.FindingMessages;
import com.perfdash.review.ReviewRule;
import com.perfdash.review.ReviewRunInfo;
import com.perfdash.review.ReviewService;
import com.perfdash.review.RuleCountChartMapper;
import com.perfdash.review.Severity;
import com.perfdash.base.unit.UnitRef;
import com.perfdash.base.unit.UnitDirectory;
import com.perfdash.base.unit.UnitPicker;
import com.perfdash.review.YearCount;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Objects;

/**
 * 审核发现: what the review checks found in the loaded reports — by rule, unit, year and severity. The
 * filter lives in the address ({@link FilterParameters}), so a filtered page can be bookmarked and sent
 * on; each finding links to its report page with the rows it concerns highlighted. The grid pages
 * through the findings lazily; the counts and the chart are small aggregates read on entering.
 */
@RolesAllowed({Role.FINANCE_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
@Route(value = "review", layout = MainLayout.class)
@Menu(title = "nav.review", icon = "vaadin:clipboard-check", order = 60)
public class ReviewView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final ReviewService review;
    private final ComboBox<ReviewRule> rule = new ComboBox<>();
    private final UnitDirectory units;
    private final ComboBox<UnitRef> unit;
    private final ComboBox<Integer> year = new ComboBox<>();
    private final ComboBox<Severity> severity = new ComboBox<>();
    private final ComboBox<Disposition> disposition = new ComboBox<>();
    private final ReviewDecisions decisions;
    private final ComboBox<Disposition> decide = new ComboBox<>();
    private final TextField reason = new TextField();
    private final Button apply = new Button();
    private final Paragraph intro = new Paragraph();
    private final Div kpis = new Div();
    private final ApexChart chart = new ApexChart();
    private final FindingsGrid grid = new FindingsGrid(true, true);
    private FindingFilter filter = FindingFilter.ALL;
    private List<Integer> loadedYears = List.of();
    private boolean showingFilter;

    public ReviewView(ReviewService review, ReviewDecisions decisions, UnitDirectory units) {
        this.review = review;
        this.decisions = decisions;
        this.units = units;
        this.unit = UnitPicker.create(getTranslation("review.filter.unit"), units);
        addClassName("review-view");
        setSpacing(true);
        intro.addClassName("page-intro");
        kpis.addClassName("kpi-row");
        chart.setEmptyText(getTranslation("chart.empty"));
        grid.setPageSize(50);
        grid.setHeight("36rem");
        Div chartPanel = new Div(chart);
        chartPanel.addClassName("panel");
        grid.addComponentColumn(this::historyButton).setKey("history").setHeader(getTranslation("review.history.column"))
                .setAutoWidth(true).setFlexGrow(0);
        Div gridPanel = new Div(new H3(getTranslation("review.grid.heading")));
        if (decisions.mayReview()) {
            gridPanel.add(decisionBar());
        }
        gridPanel.add(grid);
        gridPanel.addClassName("panel");
        add(intro, filters(), kpis, chartPanel, gridPanel);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.title");
    }

    /** This page's address showing {@code filter}, e.g. {@code review?unit=qh-caizheng}, for links from other pages. */
    public static String location(FindingFilter filter) {
        return new com.vaadin.flow.router.Location("review", FilterParameters.write(filter)).getPathWithQueryParameters();
    }

    /** Whether a user of {@code role} may open this page, as its {@code @RolesAllowed} says: other pages link here only then. */
    public static boolean isOpenTo(java.util.Optional<com.perfdash.security.Role> role) {
        RolesAllowed allowed = ReviewView.class.getAnnotation(RolesAllowed.class);
        return role.map(r -> java.util.Arrays.asList(allowed.value()).contains(r.name())).orElse(false);
    }

    private HorizontalLayout filters() {
        boolean zh = FindingMessages.isChinese(getLocale());
        rule.setLabel(getTranslation("review.filter.rule"));
        rule.setItems(ReviewRule.values());
        rule.setItemLabelGenerator(r -> r.title(getLocale()) + " · " + r.code());
        rule.setWidth("26rem");
        unit.setWidth("18rem");
        year.setLabel(getTranslation("review.filter.year"));
        year.setItemLabelGenerator(String::valueOf);
        year.setWidth("8rem");
        severity.setLabel(getTranslation("review.filter.severity"));
        severity.setItems(Severity.values());
        severity.setItemLabelGenerator(s -> zh ? s.labelZh() : s.labelEn());
        severity.setWidth("9rem");
        disposition.setLabel(getTranslation("review.filter.disposition"));
        disposition.setItems(Disposition.values());
        disposition.setItemLabelGenerator(d -> getTranslation(d.labelKey()));
        disposition.setWidth("10rem");
        for (ComboBox<?> box : List.of(rule, unit, year, severity, disposition)) {
            box.setClearButtonVisible(true);
            box.setPlaceholder(getTranslation("review.filter.any"));
            box.addValueChangeListener(this::filterChanged);
        }
        Button clear = new Button(getTranslation("review.filter.clear"), e -> navigate(FindingFilter.ALL));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(rule, unit, year, severity, disposition, clear);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.addClassName("review-filters");
        bar.getStyle().set("flex-wrap", "wrap");
        return bar;
    }

    private void filterChanged(AbstractField.ComponentValueChangeEvent<?, ?> event) {
        if (showingFilter) {
            return;
        }
        navigate(new FindingFilter(rule.getValue(), unit.getValue() == null ? null : unit.getValue().unitCode(),
                year.getValue(), severity.getValue(), disposition.getValue()));
    }

    /** A new filter is a new address: the back button steps back through the filters. */
    private void navigate(FindingFilter next) {
        getUI().ifPresent(ui -> ui.navigate(ReviewView.class, FilterParameters.write(next)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = FilterParameters.read(event.getLocation().getQueryParameters());
        showFilter();
        refresh();
    }

    private void showFilter() {
        loadedYears = review.years();
        showingFilter = true;
        try {
            year.setItems(loadedYears);
            rule.setValue(filter.rule());
            UnitPicker.select(unit, units, filter.unitCode());
            year.setValue(loadedYears.contains(filter.fiscalYear()) ? filter.fiscalYear() : null);
            severity.setValue(filter.severity());
            disposition.setValue(filter.disposition());
        } finally {
            showingFilter = false;
        }
    }

    private void refresh() {
        FindingFilter f = filter;
        intro.setText(review.lastRun().map(this::describe).orElse(getTranslation("review.intro.none")));
        showCounts(review.countsByYear(f));
        chart.setOptions(RuleCountChartMapper.toOptions(review.countsByRuleAndYear(f), loadedYears,
                this::getTranslation, getLocale()));
        grid.setItems(query -> review.findings(f, query.getOffset(), query.getLimit()).stream(),
                query -> review.count(f));
    }

    private String describe(ReviewRunInfo run) {
        return getTranslation("review.intro", Formats.integer(run.reports()), Formats.integer(run.findings()),
                Formats.dateTime(run.ranAt()));
    }

    private void showCounts(List<YearCount> years) {
        int errors = years.stream().mapToInt(YearCount::errors).sum();
        int warnings = years.stream().mapToInt(YearCount::warnings).sum();
        int infos = years.stream().mapToInt(YearCount::infos).sum();
        kpis.removeAll();
        kpis.add(new KpiCard(getTranslation("review.kpi.total"), Formats.integer(errors + warnings + infos),
                        getTranslation("review.kpi.total.detail")),
                new KpiCard(getTranslation("review.kpi.errors"), Formats.integer(errors), getTranslation("review.kpi.errors.detail")),
                new KpiCard(getTranslation("review.kpi.warnings"), Formats.integer(warnings), getTranslation("review.kpi.warnings.detail")),
                new KpiCard(getTranslation("review.kpi.infos"), Formats.integer(infos), getTranslation("review.kpi.infos.detail")));
    }

    /**
     * Finance's bulk action: the findings ticked in the grid get one disposition, with a reason (needed
     * for 不是问题). Shown to finance and administrators only; the service refuses everyone else anyway.
     */
    private HorizontalLayout decisionBar() {
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        decide.setLabel(getTranslation("review.decide.disposition"));
        decide.setItems(Disposition.values());
        decide.setItemLabelGenerator(d -> getTranslation(d.labelKey()));
        decide.setValue(Disposition.CONFIRMED);
        decide.setWidth("11rem");
        reason.setLabel(getTranslation("review.decide.reason"));
        reason.setPlaceholder(getTranslation("review.decide.reason.placeholder"));
        reason.setWidth("24rem");
        reason.setMaxLength(500);
        apply.setText(getTranslation("review.decide.apply", 0));
        apply.setEnabled(false);
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(e -> applyDecision());
        grid.addSelectionListener(e -> {
            int n = e.getAllSelectedItems().size();
            apply.setText(getTranslation("review.decide.apply", n));
            apply.setEnabled(n > 0);
        });
        HorizontalLayout bar = new HorizontalLayout(decide, reason, apply);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.addClassName("review-decisions");
        bar.getStyle().set("flex-wrap", "wrap");
        return bar;
    }

    private void applyDecision() {
        List<Finding> selected = List.copyOf(grid.getSelectedItems());
        Disposition d = decide.getValue();
        if (selected.isEmpty() || d == null) {
            return;
        }
        if (d.needsReason() && reason.getValue().isBlank()) {
            reason.setInvalid(true);
            reason.setErrorMessage(getTranslation("review.decide.reason.required"));
            return;
        }
        reason.setInvalid(false);
        int n = decisions.dispose(selected, d, reason.getValue());
        Notification.show(getTranslation("review.decide.done", n, getTranslation(d.labelKey())))
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        reason.clear();
        grid.deselectAll();
        refresh();
    }

    private Button historyButton(Finding f) {
        Button b = new Button(getTranslation("review.history.open"), e -> showHistory(f));
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        return b;
    }

    /** Every decision on one finding, latest first: who, when, what, why. */
    private void showHistory(Finding f) {
        List<DispositionEntry> entries = decisions.history(f);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("review.history.title", f.unitName(), f.fiscalYear()));
        Paragraph what = new Paragraph(f.message(getLocale()));
        Grid<DispositionEntry> history = new Grid<>(DispositionEntry.class, false);
        history.addColumn(e -> Formats.dateTime(e.decidedAt())).setHeader(getTranslation("review.history.at")).setAutoWidth(true);
        history.addColumn(DispositionEntry::decidedBy).setHeader(getTranslation("review.history.by")).setAutoWidth(true);
        history.addColumn(e -> getTranslation(e.disposition().labelKey())).setHeader(getTranslation("review.history.disposition"))
                .setAutoWidth(true);
        history.addColumn(e -> e.reason() == null ? "" : e.reason()).setHeader(getTranslation("review.history.reason")).setFlexGrow(1);
        history.setItems(entries);
        history.setAllRowsVisible(true);
        dialog.add(what, entries.isEmpty() ? new Paragraph(getTranslation("review.history.none")) : history);
        dialog.getFooter().add(new Button(getTranslation("review.history.close"), e -> dialog.close()));
        dialog.setWidth("48rem");
        dialog.open();
    }

    /** The filter the page shows (for tests). */
    FindingFilter filter() {
        return Objects.requireNonNull(filter);
    }
}
