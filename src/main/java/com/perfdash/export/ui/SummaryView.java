package com.perfdash.export.ui;

import com.perfdash.base.chart.ApexChart;
import com.perfdash.base.chart.ChartBuilder;
import com.perfdash.base.chart.ChartOptions;
import com.perfdash.base.grade.GradeBandService;
import com.perfdash.base.ui.Formats;
import com.perfdash.base.ui.MainLayout;
import com.perfdash.base.unit.UnitRef;
import com.perfdash.security.CurrentUser;
import com.perfdash.export.AnnualSummary;
import com.perfdash.export.AnnualSummaryService;
import com.perfdash.base.download.ChartImage;
import com.perfdash.export.DocxWriter;
import com.perfdash.base.download.FileNames;
import com.perfdash.export.SummaryCharts;
import com.perfdash.export.SummaryOptions;
import com.perfdash.export.SummaryScope;
import com.perfdash.export.Texts;
import com.perfdash.review.Basis;
import com.perfdash.review.BasisDefault;
import com.perfdash.review.ui.BasisSelect;
import com.perfdash.units.UnitsService;
import com.perfdash.base.unit.UnitPicker;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * 年度总结: choose a year and a scope (the district, a unit category or one unit); the page shows the
 * summary's charts, and "生成 Word" asks the browser for those very charts as PNG images
 * ({@link ApexChart#pngDataUri}) and writes the Word document with them ({@link DocxWriter}). The batch
 * link writes every unit's one-page summary of the year into one document, with tables instead of charts.
 * The figures are read when the selection changes, not in the constructor.
 */
@PermitAll
@Route(value = "summary", layout = MainLayout.class)
@Menu(title = "nav.summary", icon = "vaadin:file-text-o", order = 60)
public class SummaryView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** The charts go into the document at twice their size on screen, sharp when printed. */
    static final int IMAGE_SCALE = ChartBuilder.EXPORT_SCALE;

    private final AnnualSummaryService service;
    private final GradeBandService grades;
    private final Clock clock;
    private final CurrentUser user;
    private final BasisDefault basisDefault;
    private final Select<Integer> year = new Select<>();
    private Select<Basis> basis;
    private final RadioButtonGroup<SummaryScope.Kind> scopeKind = new RadioButtonGroup<>();
    private final ComboBox<String> category = new ComboBox<>();
    private final ComboBox<UnitRef> unit;
    private final Paragraph preview = new Paragraph();
    private final Div charts = new Div();
    private final Button generate = new Button();
    private final Anchor document = new Anchor();
    private final Anchor batch = new Anchor();
    private final List<ApexChart> shown = new ArrayList<>();
    private AnnualSummary summary;
    private byte[] documentBytes;
    private String documentName;
    private boolean updating;

    public SummaryView(AnnualSummaryService service, Clock clock, CurrentUser user, BasisDefault basisDefault, UnitsService units,
                       GradeBandService grades) {
        this.service = service;
        this.grades = grades;
        this.unit = UnitPicker.create(getTranslation("summary.unit"), units);
        this.clock = clock;
        this.user = user;
        this.basisDefault = basisDefault;
        addClassName("summary-view");
        setSpacing(true);

        year.setLabel(getTranslation("summary.year"));
        year.setItemLabelGenerator(String::valueOf);
        scopeKind.setLabel(getTranslation("summary.scope"));
        scopeKind.setItems(SummaryScope.Kind.values());
        scopeKind.setItemLabelGenerator(k -> getTranslation("summary.scope." + k.name().toLowerCase(java.util.Locale.ROOT)));
        category.setLabel(getTranslation("summary.category"));
        unit.setWidth("22rem");
        year.addValueChangeListener(e -> selectionChanged());
        scopeKind.addValueChangeListener(e -> selectionChanged());
        category.addValueChangeListener(e -> selectionChanged());
        unit.addValueChangeListener(e -> selectionChanged());

        generate.setText(getTranslation("summary.generate"));
        generate.setIcon(VaadinIcon.FILE_TEXT_O.create());
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.addClassName("summary-generate");
        generate.addClickListener(e -> requestImages());
        document.addClassName("summary-document");
        document.setVisible(false);
        document.setHref((DownloadEvent event) -> {
            event.setFileName(documentName);
            event.setContentType(DOCX);
            try (OutputStream out = event.getOutputStream()) {
                out.write(documentBytes == null ? new byte[0] : documentBytes);
            }
        });
        batch.setText(getTranslation("summary.batch"));
        batch.addClassName("summary-batch");
        batch.setTitle(getTranslation("summary.batch.hint"));
        batch.setHref((DownloadEvent event) -> {
            // read the selection with the session locked, then query and write without holding it
            int[] selected = new int[1];
            java.util.Locale[] locale = new java.util.Locale[1];
            Basis[] chosen = new Basis[1];
            event.getUI().accessSynchronously(() -> {
                selected[0] = year.getValue() == null ? 0 : year.getValue();
                locale[0] = getLocale();
                chosen[0] = basis();
            });
            Texts texts = Texts.of(locale[0]);
            event.setFileName(FileNames.safe(texts.get("export.file.batch", Integer.toString(selected[0]))) + ".docx");
            event.setContentType(DOCX);
            try (OutputStream out = event.getOutputStream()) {
                out.write(batchDocument(selected[0], chosen[0], texts));
            }
        });
        preview.addClassName("summary-preview");
        charts.addClassName("summary-charts");
        charts.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fit, minmax(28rem, 1fr))")
                .set("gap", "var(--lumo-space-m)").set("width", "100%");
    }

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Override
    public String getPageTitle() {
        return getTranslation("summary.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        SummaryOptions options = service.options();
        if (options.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("summary.empty"));
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        Paragraph intro = new Paragraph(getTranslation("summary.intro"));
        intro.addClassName("page-intro");
        updating = true;
        try {
            // the 口径: 复核后 where finance has reviewed anything the user sees
            basis = BasisSelect.create(basisDefault.defaultBasis(), b -> selectionChanged());
            year.setItems(options.years());
            year.setValue(options.lastYear());
            category.setItems(options.categories());
            category.setValue(options.categories().isEmpty() ? null : options.categories().get(0));
            unit.setValue(options.firstUnit());
            scopeKind.setValue(SummaryScope.Kind.DISTRICT);
            if (!user.scope().allUnits()) {
                // a unit's user sees only that unit: a 全区 or category summary would be titled for
                // figures it cannot hold, so the unit is the only choice
                scopeKind.setItems(SummaryScope.Kind.UNIT);
                scopeKind.setValue(SummaryScope.Kind.UNIT);
                scopeKind.setVisible(false);
                batch.setVisible(false);
            }
        } finally {
            updating = false;
        }
        Div bar = new Div(year, scopeKind, category, unit, basis);
        bar.addClassName("filter-bar");
        bar.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)").set("align-items", "baseline");
        Div actions = new Div(generate, document, batch);
        actions.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)").set("align-items", "center");
        add(intro, bar, actions, preview, charts);
        selectionChanged();
    }

    /** The selection as a scope; null while the category or unit it needs is not chosen. */
    SummaryScope scope() {
        SummaryScope.Kind kind = scopeKind.getValue() == null ? SummaryScope.Kind.DISTRICT : scopeKind.getValue();
        category.setVisible(kind == SummaryScope.Kind.CATEGORY);
        unit.setVisible(kind == SummaryScope.Kind.UNIT);
        return switch (kind) {
            case DISTRICT -> SummaryScope.district();
            case CATEGORY -> category.getValue() == null ? null : SummaryScope.category(category.getValue());
            case UNIT -> unit.getValue() == null ? null : SummaryScope.unit(unit.getValue().unitCode());
        };
    }

    private void selectionChanged() {
        if (updating || year.getValue() == null) {
            return;
        }
        SummaryScope scope = scope();
        document.setVisible(false);
        documentBytes = null;
        charts.removeAll();
        shown.clear();
        summary = scope == null ? null : service.summary(year.getValue(), scope, basis()).orElse(null);
        generate.setEnabled(summary != null && summary.hasReports());
        if (summary == null) {
            preview.setText("");
            return;
        }
        String name = summary.scopeName() == null ? getTranslation("export.scope.district") : summary.scopeName();
        preview.setText(summary.hasReports()
                ? getTranslation("summary.preview", name, Integer.toString(summary.fiscalYear()), Formats.integer(summary.reports()))
                : getTranslation("summary.noReports", Integer.toString(summary.fiscalYear())));
        if (!summary.hasReports()) {
            return;
        }
        for (ChartOptions options : SummaryCharts.of(summary, grades.bands(), this::getTranslation, getLocale())) {
            ApexChart chart = new ApexChart(options, getTranslation("chart.empty"));
            chart.addClassName("summary-chart");
            Div panel = new Div(chart);
            panel.addClassName("panel");
            charts.add(panel);
            shown.add(chart);
        }
    }

    /** Asks the browser for the charts as images; the document is written when all have arrived. */
    private void requestImages() {
        if (summary == null) {
            return;
        }
        AnnualSummary forSummary = summary;
        List<ApexChart> drawn = List.copyOf(shown);
        List<CompletableFuture<String>> images = drawn.stream().map(c -> c.pngDataUri(IMAGE_SCALE)).toList();
        generate.setEnabled(false);
        // completes while the browser's answer is handled, with the session locked: the page may change here
        CompletableFuture.allOf(images.toArray(CompletableFuture[]::new)).whenComplete((done, error) -> {
            generate.setEnabled(true);
            if (forSummary != summary) {
                return;
            }
            List<ChartImage> pngs = new ArrayList<>();
            if (error != null) {
                Notification.show(getTranslation("summary.chartsFailed", error.getMessage()), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_WARNING);
            } else {
                for (int i = 0; i < drawn.size(); i++) {
                    String uri = images.get(i).join();
                    if (uri != null && !uri.isEmpty()) {
                        pngs.add(ChartImage.fromDataUri(title(drawn.get(i)), uri));
                    }
                }
            }
            offer(pngs);
        });
    }

    private static String title(ApexChart chart) {
        ChartOptions o = chart.getOptions();
        return o.title() == null ? "" : o.title().text();
    }

    /**
     * Writes the document of the current selection with {@code images} and offers it for download (the
     * page's link appears and is clicked once).
     */
    void offer(List<ChartImage> images) {
        documentBytes = documentOf(images);
        documentName = FileNames.safe(getTranslation("export.file.summary",
                summary.scopeName() == null ? getTranslation("export.scope.district") : summary.scopeName(),
                Integer.toString(summary.fiscalYear()))) + ".docx";
        document.setText(getTranslation("summary.download", documentName));
        document.setVisible(true);
        document.getElement().executeJs("setTimeout(() => this.click(), 0)");
        Notification.show(getTranslation("summary.ready", documentName), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** The document of the current selection with these chart images. */
    byte[] documentOf(List<ChartImage> images) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxWriter.write(summary, images, this::getTranslation, LocalDate.now(clock), out);
        return out.toByteArray();
    }

    /** The 口径 chosen. */
    Basis basis() {
        return basis == null || basis.getValue() == null ? Basis.STATED : basis.getValue();
    }

    /** Every unit's one-page summary of {@code fiscalYear} under {@code basis} in one document. */
    byte[] batchDocument(int fiscalYear, Basis basis, Texts texts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxWriter.writeBatch(fiscalYear, service.unitSummaries(fiscalYear, basis), texts, LocalDate.now(clock), out);
        return out.toByteArray();
    }

    AnnualSummary summary() {
        return summary;
    }

    List<ApexChart> charts() {
        return List.copyOf(shown);
    }

    byte[] documentBytes() {
        return documentBytes;
    }
}
