package com.perfdash.importer.ui;

import static com.perfdash.importer.ui.PreviewGrids.grid;
import static com.perfdash.importer.ui.PreviewGrids.items;

import com.perfdash.base.ui.Formats;
import com.perfdash.base.ui.MainLayout;
import com.perfdash.importer.FigureChange;
import com.perfdash.importer.FileOutcome;
import com.perfdash.importer.ImportIssue;
import com.perfdash.importer.ImportJobs;
import com.perfdash.importer.ImportLogEntry;
import com.perfdash.importer.ImportOutcome;
import com.perfdash.importer.ImportPreview;
import com.perfdash.importer.ImportProgress;
import com.perfdash.importer.ImportService;
import com.perfdash.base.db.ReadOnlyNode;
import com.perfdash.importer.ImportedFile;
import com.perfdash.importer.KeyFigure;
import com.perfdash.importer.PreviewFinding;
import com.perfdash.importer.ReadFigure;
import com.perfdash.importer.ReadFile;
import com.perfdash.importer.ReportChange;
import com.perfdash.importer.ReportOption;
import com.perfdash.importer.ReportWorkbookService;
import com.perfdash.importer.SourceFile;
import com.perfdash.importer.TableChange;
import com.perfdash.security.CurrentUser;
import com.perfdash.security.DataScope;
import com.perfdash.security.Role;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 导入: bring in reports from report workbooks or CSV bundles. Upload one or many files, see what they
 * would do (new and replaced reports with their key figures in 万元, every error with its file, sheet,
 * row and column, the notes, the review findings; each file 可导入 or 需处理), then import the ready files
 * or cancel; the log below lists every import with its outcome and the files it left out, and withdraws or
 * restores an accepted batch. The blank workbook and any
 * loaded report's workbook download from here. Finance and administrators import any unit and may
 * withdraw or restore a batch; a unit user imports its own unit's reports only and sees its own imports.
 */
@RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME, Role.UNIT_NAME})
@Route(value = "import", layout = MainLayout.class)
@Menu(title = "nav.import", icon = "vaadin:upload", order = 80)
@StyleSheet(ImportView.STYLES)
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    static final String STYLES = "context://styles/import.css";
    private static final Logger log = LoggerFactory.getLogger(ImportView.class);

    private final ImportService imports;
    private final ReportWorkbookService workbooks;
    private final CurrentUser user;
    private final ImportJobs jobs;

    private final List<SourceFile> uploaded = new ArrayList<>();
    private final Upload upload = new Upload();
    private final Span uploadedCount = new Span();
    private final Button previewButton = new Button();
    private final Button clearButton = new Button();
    private final ProgressBar progressBar = new ProgressBar();
    private final Span progressText = new Span();
    private final Div progress = new Div(progressText, progressBar);
    private final Div previewPanel = new Div();
    private final Grid<ImportLogEntry> logGrid = new Grid<>(ImportLogEntry.class, false);
    private final Div interruptedPanel = new Div();
    private ImportPreview preview;
    private boolean running;

    public ImportView(ImportService imports, ReportWorkbookService workbooks, CurrentUser user, ImportJobs jobs, ReadOnlyNode node) {
        this.imports = imports;
        this.workbooks = workbooks;
        this.user = user;
        this.jobs = jobs;
        addClassName("import-view");
        setSpacing(true);
        Paragraph intro = new Paragraph(getTranslation("import.intro"));
        intro.addClassName("page-intro");
        add(intro);
        if (node.active()) {
            // a read-only node serves the warehouse's export: imports happen on the writer node
            Paragraph refused = new Paragraph(getTranslation("import.readOnly"));
            refused.addClassNames("page-intro", "read-only-refusal");
            add(refused, downloads());
            return;
        }
        DataScope scope = user.scope();
        if (!scope.allUnits()) {
            Paragraph own = new Paragraph(getTranslation("import.unitOnly", scope.unitCode()));
            own.addClassNames("page-intro", "unit-only");
            add(own);
        }
        previewPanel.addClassNames("panel", "import-preview");
        previewPanel.setVisible(false);
        interruptedPanel.addClassNames("panel", "import-interrupted");
        interruptedPanel.setVisible(false);
        add(downloads(), interruptedPanel, uploadPanel(), previewPanel, logPanel());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        refreshLog();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        // a preview never confirmed is dropped with its staged files
        if (preview != null && preview.acceptable()) {
            imports.cancel(preview.id(), user.username());
        }
        preview = null;
        clearUploads();
    }

    // ---- downloads

    private Component downloads() {
        Anchor template = download(ImportRoutes.template(), getTranslation("import.download.template"));
        template.addClassName("template-link");
        ComboBox<ReportOption> report = new ComboBox<>(getTranslation("import.download.report"));
        // lazy: each page the list shows is one query, the typed text searched in the unit name, code and year
        report.setItems(query -> workbooks.reports(query.getFilter().orElse(null), query.getOffset(), query.getLimit()).stream(),
                query -> workbooks.countReports(query.getFilter().orElse(null)));
        report.setItemLabelGenerator(o -> o.unitName() + " · " + o.fiscalYear());
        report.setPlaceholder(getTranslation("import.download.pick"));
        report.addClassName("report-picker");
        Anchor reportLink = download("", getTranslation("import.download.reportLink"));
        reportLink.addClassName("report-workbook-link");
        reportLink.setEnabled(false);
        report.addValueChangeListener(e -> {
            reportLink.setEnabled(e.getValue() != null);
            reportLink.setHref(e.getValue() == null ? "" : ImportRoutes.workbook(e.getValue().unitCode(), e.getValue().fiscalYear()));
        });
        Div row = new Div(report, reportLink);
        row.addClassName("download-row");
        Div panel = new Div(new H3(getTranslation("import.download.heading")), new Paragraph(getTranslation("import.download.text")),
                template, row);
        panel.addClassNames("panel", "import-downloads");
        return panel;
    }

    private static Anchor download(String href, String text) {
        Anchor a = new Anchor(href, text);
        a.getElement().setAttribute("router-ignore", true);
        a.getElement().setAttribute("download", true);
        return a;
    }

    // ---- upload and preview

    private Component uploadPanel() {
        upload.setUploadHandler(UploadHandler.toTempFile((metadata, file) -> {
            uploaded.add(new SourceFile(metadata.fileName(), file.toPath()));
            showUploaded();
        }));
        upload.setMaxFiles(200);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, imports.limits().maxFileBytes()));
        upload.setAcceptedFileTypes(ImportService.ACCEPTED_EXTENSIONS.toArray(String[]::new));
        upload.setDropLabel(new Span(getTranslation("import.upload.drop")));
        upload.setUploadButton(new Button(getTranslation("import.upload.button")));
        // the component's own texts are English ("File is Too Big."): say it in the user's language, with the limit
        upload.setI18n(new UploadI18N().setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("import.upload.tooBig", ImportService.size(imports.limits().maxFileBytes())))
                .setIncorrectFileType(getTranslation("import.upload.wrongType", String.join(" ", upload.getAcceptedFileTypes())))
                .setTooManyFiles(getTranslation("import.upload.tooMany", upload.getMaxFiles()))));
        upload.addFileRejectedListener(e -> notify(getTranslation("import.upload.rejected", e.getFileName(), e.getErrorMessage()), true));
        upload.addClassName("import-upload");

        previewButton.setText(getTranslation("import.preview.button"));
        previewButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        previewButton.addClickListener(e -> startPreview());
        previewButton.addClassName("preview-button");
        clearButton.setText(getTranslation("import.clear.button"));
        clearButton.addClickListener(e -> {
            cancelPreview();
            clearUploads();
        });
        uploadedCount.addClassName("uploaded-count");
        Div actions = new Div(previewButton, clearButton, uploadedCount);
        actions.addClassName("import-actions");

        progressBar.setMin(0);
        progressBar.setMax(1);
        progress.addClassName("import-progress");
        progress.setVisible(false);
        showUploaded();
        Div panel = new Div(new H3(getTranslation("import.upload.heading")),
                new Paragraph(getTranslation("import.upload.text", humanSize(imports.limits().maxFileBytes()))),
                upload, actions, progress);
        panel.addClassNames("panel", "import-upload-panel");
        return panel;
    }

    private void showUploaded() {
        uploadedCount.setText(uploaded.isEmpty() ? "" : getTranslation("import.upload.count", uploaded.size()));
        previewButton.setEnabled(!uploaded.isEmpty() && !running);
        clearButton.setEnabled(!uploaded.isEmpty() && !running);
    }

    private void clearUploads() {
        for (SourceFile f : uploaded) {
            try {
                Files.deleteIfExists(f.content());
            } catch (IOException e) {
                log.warn("Could not delete the uploaded file {}: {}", f.content(), e.getMessage());
            }
        }
        uploaded.clear();
        upload.clearFileList();
        showUploaded();
    }

    private void startPreview() {
        cancelPreview();
        List<SourceFile> files = List.copyOf(uploaded);
        String who = user.username();
        DataScope scope = user.scope();
        showUploaded();
        runPreviewJob(getTranslation("import.progress.start", files.size()), onProgress -> imports.preview(files, who, scope, onProgress),
                error -> {
                    log.error("Import preview failed", error);
                    notify(getTranslation("import.preview.failed"), true);
                    showUploaded();
                }, result -> {
                    clearUploads();
                    showPreview(result);
                    refreshLog();
                });
    }

    /** Makes the preview again with the clerk's correction of a figure as read. */
    private void correct(ReadFile file, ReadFigure figure, String value) {
        if (preview == null || running) {
            return;
        }
        String id = preview.id();
        String who = user.username();
        DataScope scope = user.scope();
        preview = null;
        previewPanel.removeAll();
        runPreviewJob(getTranslation("import.read.correcting", figure.label(getLocale())),
                onProgress -> imports.correct(id, who, scope, file.file(), figure.id(), value, onProgress), error -> {
                    if (error != null) {
                        log.error("Import correction failed", error);
                    }
                    // (no preview: it was confirmed, cancelled or dropped meanwhile)
                    notify(getTranslation("import.read.correct.failed"), true);
                    previewPanel.setVisible(false);
                    refreshLog();
                }, result -> {
                    showPreview(result);
                    notify(getTranslation("import.read.correct.done", figure.label(getLocale())), false);
                });
    }

    /**
     * Makes a preview in the background, showing its progress: no server push, the page asks for news twice a
     * second while the job runs. {@code failed} gets the error, or null when the job gave no preview; a
     * preview made after the user left the page is dropped, since nobody will confirm it.
     */
    private void runPreviewJob(String startText, java.util.function.Function<ImportProgress, ImportPreview> job,
                               java.util.function.Consumer<Throwable> failed, java.util.function.Consumer<ImportPreview> done) {
        String who = user.username();
        UI ui = UI.getCurrent();
        running = true;
        progress.setVisible(true);
        progressBar.setValue(0);
        progressText.setText(startText);
        ui.setPollInterval(500);
        ImportProgress onProgress = (step, n, total, name) -> ui.access(() -> showProgress(step, n, total, name));
        jobs.submit(() -> job.apply(onProgress)).whenComplete((result, error) -> ui.access(() -> {
            ui.setPollInterval(-1);
            running = false;
            progress.setVisible(false);
            if (error != null || result == null) {
                failed.accept(error);
                return;
            }
            if (!isAttached()) {
                if (result.acceptable()) {
                    imports.cancel(result.id(), who);
                }
                return;
            }
            done.accept(result);
        }));
    }

    private void showProgress(ImportProgress.Step step, int done, int total, String name) {
        switch (step) {
            case READ -> {
                progressText.setText(getTranslation("import.progress.read", done + 1, total, name));
                progressBar.setValue(total == 0 ? 0 : 0.8 * done / total);
            }
            case CHECK -> {
                progressText.setText(getTranslation("import.progress.check"));
                progressBar.setValue(0.85);
            }
            case DONE -> progressBar.setValue(1);
        }
    }

    private void cancelPreview() {
        if (preview != null && preview.acceptable()) {
            imports.cancel(preview.id(), user.username());
            refreshLog();
        }
        preview = null;
        previewPanel.removeAll();
        previewPanel.setVisible(false);
    }

    private void showPreview(ImportPreview p) {
        preview = p;
        if (p.acceptable()) {
            ImportSessionCleanup.remember(com.vaadin.flow.server.VaadinSession.getCurrent(), p.id());
        }
        previewPanel.removeAll();
        previewPanel.setVisible(true);
        Paragraph summary = new Paragraph(getTranslation("import.preview.summary", p.files().size(), p.newReports().size(),
                p.replacedReports().size(), p.errors().size(), p.notes().size()));
        summary.addClassName("preview-summary");
        previewPanel.add(new H3(getTranslation("import.preview.heading")), summary);
        if (p.acceptable() && !p.leftOut().isEmpty()) {
            // each file is all or nothing: the ready ones may go in, the others wait for their corrections
            Paragraph partial = new Paragraph(getTranslation("import.preview.partial", p.leftOut().size(), p.ready().size()));
            partial.addClassName("preview-partial");
            previewPanel.add(partial);
        } else if (!p.errors().isEmpty()) {
            Paragraph refused = new Paragraph(getTranslation("import.preview.refused"));
            refused.addClassName("preview-refused");
            previewPanel.add(refused);
        }
        previewPanel.add(section("import.files.heading", filesGrid(p)));
        if (!p.errors().isEmpty()) {
            previewPanel.add(section("import.errors.heading", issueGrid(p.errors(), "errors-grid")));
        }
        if (!p.newReports().isEmpty()) {
            previewPanel.add(section("import.new.heading", newGrid(p.newReports())));
        }
        if (!p.replacedReports().isEmpty()) {
            previewPanel.add(section("import.replaced.heading", replacedGrid(p.replacedReports())));
        }
        if (p.acceptable()) {
            previewPanel.add(section("import.findings.heading", findingsGrid(p.findings(), p.reports())));
        }
        if (!p.read().isEmpty()) {
            Div read = new Div();
            read.addClassName("recognized-files");
            for (ReadFile f : p.read()) {
                boolean ready = p.outcomes().stream().anyMatch(o -> o.name().equals(f.file()) && o.ready());
                read.add(new RecognizedPanel(f, ready, getLocale(), p.acceptable() ? (figure, value) -> correct(f, figure, value) : null));
            }
            previewPanel.add(section("import.read.heading", read));
        }
        if (!p.notes().isEmpty()) {
            previewPanel.add(section("import.notes.heading", issueGrid(p.notes(), "notes-grid")));
        }

        Button confirm = new Button(p.acceptable() && !p.leftOut().isEmpty()
                ? getTranslation("import.confirm.ready", p.ready().size()) : getTranslation("import.confirm.button"), e -> confirm());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        confirm.setEnabled(p.acceptable());
        confirm.addClassName("confirm-button");
        Button cancel = new Button(getTranslation("import.cancel.button"), e -> cancelPreview());
        cancel.addClassName("cancel-button");
        Div actions = new Div(confirm, cancel);
        actions.addClassName("import-actions");
        previewPanel.add(actions);
    }

    private void confirm() {
        if (preview == null) {
            return;
        }
        ImportPreview p = preview;
        preview = null;
        ImportOutcome outcome = imports.confirm(p.id(), user.username());
        previewPanel.removeAll();
        previewPanel.setVisible(false);
        if (outcome.done()) {
            String done = getTranslation("import.confirm.done", outcome.batch(), outcome.reportsNew(), outcome.reportsReplaced());
            if (!outcome.leftOut().isEmpty()) {
                done += " " + getTranslation("import.confirm.leftOut", outcome.leftOut().size(),
                        String.join("、", outcome.leftOut().stream().map(FileOutcome::name).toList()));
            }
            notify(done, false);
        } else {
            notify(outcome.errors().get(0).message(getLocale()), true);
        }
        refreshLog();
    }

    private Div section(String headingKey, Component content) {
        Div d = new Div(new Span(getTranslation(headingKey)), content);
        d.addClassName("preview-section");
        d.getChildren().findFirst().ifPresent(h -> ((Span) h).addClassName("preview-section-title"));
        return d;
    }

    private Grid<ImportIssue> issueGrid(List<ImportIssue> issues, String className) {
        Grid<ImportIssue> grid = grid(className);
        grid.addColumn(i -> i.where().file()).setHeader(getTranslation("import.issue.file")).setFlexGrow(2);
        grid.addColumn(i -> orDash(i.where().sheet())).setHeader(getTranslation("import.issue.sheet")).setFlexGrow(2);
        grid.addColumn(i -> i.where().row() == null ? Formats.MISSING : i.where().row().toString())
                .setHeader(getTranslation("import.issue.row")).setTextAlign(ColumnTextAlign.END).setFlexGrow(0).setWidth("5rem");
        grid.addColumn(i -> orDash(i.where().column())).setHeader(getTranslation("import.issue.column")).setFlexGrow(2);
        grid.addColumn(i -> i.message(getLocale())).setHeader(getTranslation("import.issue.message")).setFlexGrow(6);
        items(grid, issues);
        return grid;
    }

    private Grid<ReportChange> newGrid(List<ReportChange> reports) {
        Grid<ReportChange> grid = grid("new-grid");
        grid.addColumn(ReportChange::unitCode).setHeader(getTranslation("import.col.unitCode")).setFlexGrow(2);
        grid.addColumn(ReportChange::unitName).setHeader(getTranslation("import.col.unitName")).setFlexGrow(3);
        grid.addColumn(r -> Integer.toString(r.fiscalYear())).setHeader(getTranslation("import.col.year")).setFlexGrow(0).setWidth("6rem");
        grid.addColumn(r -> Formats.money(r.after().fullYearBudget())).setHeader(getTranslation("import.figure.FULL_YEAR_BUDGET"))
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(2);
        grid.addColumn(r -> Formats.money(r.after().executed())).setHeader(getTranslation("import.figure.EXECUTED"))
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(2);
        grid.addColumn(r -> Formats.percentOfFraction(r.after().executionRate())).setHeader(getTranslation("import.figure.EXECUTION_RATE"))
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(1);
        grid.addColumn(r -> Formats.points(r.after().totalScore()) + (r.after().grade() == null ? "" : " · " + r.after().grade()))
                .setHeader(getTranslation("import.figure.TOTAL_SCORE")).setTextAlign(ColumnTextAlign.END).setFlexGrow(1);
        items(grid, reports);
        return grid;
    }

    /**
     * One line of the replaced-report grid: a key figure of one report, before and after, formatted;
     * {@code first} on the report's first line, which names the report.
     */
    record FigureLine(ReportChange report, boolean first, String figure, String before, String after, String difference,
                      boolean changed) {
    }

    /** Every key figure (and the grade) of each replaced report, the changed ones marked. */
    List<FigureLine> figureLines(List<ReportChange> reports) {
        List<FigureLine> lines = new ArrayList<>();
        for (ReportChange r : reports) {
            for (FigureChange f : r.figures()) {
                lines.add(new FigureLine(r, f.figure() == KeyFigure.values()[0], getTranslation("import.figure." + f.figure().name()),
                        format(f.figure(), f.before()), format(f.figure(), f.after()), difference(f), f.changed()));
            }
            lines.add(new FigureLine(r, false, getTranslation("import.figure.GRADE"), orDash(r.before().grade()),
                    orDash(r.after().grade()), "", r.gradeChanged()));
            // a project table added, replaced or removed: its figures, since the report's key figures
            // (from the whole-unit table) do not show it
            for (TableChange t : r.changedTables()) {
                String table = getTranslation("import.table." + t.kind().name(), t.project());
                for (FigureChange f : t.figures()) {
                    lines.add(new FigureLine(r, false, table + " · " + getTranslation("import.figure." + f.figure().name()),
                            format(f.figure(), f.before()), format(f.figure(), f.after()), difference(f), true));
                }
            }
        }
        return lines;
    }

    private static String format(KeyFigure figure, BigDecimal v) {
        return figure.kind().value(v);
    }

    /** The difference with its sign and unit word (a rate's in percentage points); blank where the figure did not change. */
    private String difference(FigureChange f) {
        BigDecimal d = f.difference();
        return d == null || d.signum() == 0 ? "" : f.figure().kind().change(d).signed(this::getTranslation);
    }

    private Grid<FigureLine> replacedGrid(List<ReportChange> reports) {
        Grid<FigureLine> grid = grid("replaced-grid");
        grid.addColumn(l -> l.first() ? l.report().unitName() + " · " + l.report().fiscalYear() : "")
                .setHeader(getTranslation("import.col.report")).setFlexGrow(3);
        grid.addColumn(l -> l.first() ? l.report().replacedDataSet() : "").setHeader(getTranslation("import.col.replaces")).setFlexGrow(2);
        grid.addColumn(FigureLine::figure).setHeader(getTranslation("import.col.figure")).setFlexGrow(2);
        grid.addColumn(FigureLine::before).setHeader(getTranslation("import.col.before")).setTextAlign(ColumnTextAlign.END).setFlexGrow(1);
        grid.addColumn(FigureLine::after).setHeader(getTranslation("import.col.after")).setTextAlign(ColumnTextAlign.END).setFlexGrow(1);
        grid.addColumn(FigureLine::difference).setHeader(getTranslation("import.col.difference")).setTextAlign(ColumnTextAlign.END).setFlexGrow(1);
        grid.setPartNameGenerator(l -> l.changed() ? "changed" : null);
        items(grid, figureLines(reports));
        return grid;
    }

    /** The findings the preview's reports would raise, each report named as the reports grid names it (a printed table has no code of its own). */
    private Component findingsGrid(List<PreviewFinding> findings, List<ReportChange> reports) {
        if (findings.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("import.findings.none"));
            none.addClassName("findings-none");
            return none;
        }
        Grid<PreviewFinding> grid = grid("findings-grid");
        grid.setPartNameGenerator(f -> f.added() ? "changed" : null);
        java.util.Map<String, String> names = new java.util.HashMap<>();
        reports.forEach(r -> names.putIfAbsent(r.unitCode(), r.unitName()));
        grid.addColumn(f -> names.getOrDefault(f.unitCode(), f.unitCode()) + " · " + f.fiscalYear())
                .setHeader(getTranslation("import.col.report")).setFlexGrow(2);
        grid.addColumn(f -> getTranslation("import.severity." + f.severity())).setHeader(getTranslation("import.col.severity")).setFlexGrow(1);
        grid.addColumn(f -> f.added() ? getTranslation("import.findings.added") : "").setHeader(getTranslation("import.col.findingChange"))
                .setFlexGrow(1);
        grid.addColumn(f -> f.message(getLocale())).setHeader(getTranslation("import.issue.message")).setFlexGrow(8);
        items(grid, findings);
        return grid;
    }

    /** One line of the files grid: an uploaded file and how it fares (null when the preview could not be made). */
    record FileLine(ImportedFile file, FileOutcome outcome) {
    }

    /** The preview's files, each with its outcome. */
    static List<FileLine> fileLines(ImportPreview p) {
        List<FileLine> lines = new ArrayList<>();
        for (int i = 0; i < p.files().size(); i++) {
            lines.add(new FileLine(p.files().get(i), i < p.outcomes().size() ? p.outcomes().get(i) : null));
        }
        return lines;
    }

    private Grid<FileLine> filesGrid(ImportPreview p) {
        Grid<FileLine> grid = grid("files-grid");
        grid.addColumn(l -> l.file().name()).setHeader(getTranslation("import.issue.file")).setFlexGrow(3);
        grid.addColumn(l -> l.outcome() == null ? Formats.MISSING
                        : getTranslation(l.outcome().ready() ? "import.file.ready" : "import.file.leftOut"))
                .setKey("status").setHeader(getTranslation("import.col.status")).setFlexGrow(1);
        grid.addColumn(l -> l.outcome() == null ? "" : String.join("\n", l.outcome().errors().stream()
                        .map(e -> e.describe(getLocale())).toList()))
                .setKey("messages").setHeader(getTranslation("import.col.messages")).setFlexGrow(6);
        grid.addColumn(l -> getTranslation("import.format." + l.file().format())).setKey("format").setHeader(getTranslation("import.col.format"))
                .setFlexGrow(1);
        grid.addColumn(l -> humanSize(l.file().sizeBytes())).setHeader(getTranslation("import.col.size")).setTextAlign(ColumnTextAlign.END).setFlexGrow(1);
        grid.addColumn(l -> Formats.integer(l.file().reports())).setHeader(getTranslation("import.col.reports")).setTextAlign(ColumnTextAlign.END).setFlexGrow(1);
        grid.addColumn(l -> l.file().sha256().substring(0, 16) + "…").setHeader(getTranslation("import.col.sha256")).setFlexGrow(2);
        grid.setPartNameGenerator(l -> l.outcome() != null && !l.outcome().ready() ? "left-out" : null);
        items(grid, fileLines(p));
        return grid;
    }

    // ---- the log

    private Component logPanel() {
        logGrid.addClassName("log-grid");
        logGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        logGrid.addColumn(e -> Formats.dateTime(e.finishedAt())).setHeader(getTranslation("import.log.time")).setFlexGrow(0).setWidth("10rem");
        logGrid.addColumn(e -> getTranslation("import.action." + e.action())).setHeader(getTranslation("import.log.action")).setFlexGrow(0).setWidth("6rem");
        logGrid.addColumn(ImportLogEntry::userName).setHeader(getTranslation("import.log.user")).setFlexGrow(1);
        logGrid.addColumn(e -> orDash(e.files())).setHeader(getTranslation("import.log.files")).setFlexGrow(3);
        logGrid.addColumn(e -> orDash(e.unitYears())).setHeader(getTranslation("import.log.reports")).setFlexGrow(3);
        logGrid.addColumn(e -> getTranslation("import.outcome." + e.outcome())).setHeader(getTranslation("import.log.outcome")).setFlexGrow(1);
        logGrid.addColumn(e -> orDash(e.batch())).setHeader(getTranslation("import.log.batch")).setFlexGrow(2);
        logGrid.addColumn(e -> orDash(e.message())).setHeader(getTranslation("import.log.message")).setFlexGrow(4);
        logGrid.addColumn(e -> orDash(e.leftOut())).setKey("leftOut").setHeader(getTranslation("import.log.leftOut")).setFlexGrow(4);
        logGrid.addComponentColumn(this::batchAction).setKey("state").setHeader(getTranslation("import.log.state")).setFlexGrow(0).setWidth("9rem");
        Div panel = new Div(new H3(getTranslation("import.log.heading")), new Paragraph(getTranslation("import.log.text")), logGrid);
        panel.addClassNames("panel", "import-log");
        return panel;
    }

    private Component batchAction(ImportLogEntry e) {
        if (!e.isAcceptedImport() || e.state() == null) {
            return new Span();
        }
        if (!mayWithdraw()) {
            return new Span(getTranslation("import.state." + e.state().name()));
        }
        return switch (e.state()) {
            case APPLIED -> {
                Button b = new Button(getTranslation("import.withdraw.button"), click -> {
                    ImportOutcome o = imports.withdraw(e.batch(), user.username(), null);
                    notify(o.done() ? getTranslation("import.withdraw.done", e.batch()) : o.errors().get(0).message(getLocale()), !o.done());
                    refreshLog();
                });
                b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                b.addClassName("withdraw-button");
                yield b;
            }
            case WITHDRAWN -> {
                Button b = new Button(getTranslation("import.restore.button"), click -> {
                    ImportOutcome o = imports.restore(e.batch(), user.username());
                    notify(o.done() ? getTranslation("import.restore.done", e.batch()) : o.errors().get(0).message(getLocale()), !o.done());
                    refreshLog();
                });
                b.addThemeVariants(ButtonVariant.LUMO_SMALL);
                b.addClassName("restore-button");
                yield b;
            }
            case MISSING -> new Span(getTranslation("import.state.MISSING"));
        };
    }

    /** Withdrawing and restoring batches is for finance and administrators. */
    private boolean mayWithdraw() {
        return user.role().filter(r -> r == Role.FINANCE || r == Role.ADMIN).isPresent();
    }

    private void refreshLog() {
        // a unit user sees its own imports; finance and administrators see every one
        items(logGrid, imports.log(user.scope().allUnits() ? null : user.username(), 200));
        refreshInterrupted();
    }

    /** Imports whose load never committed (the server stopped meanwhile): finance and administrators decide. */
    private void refreshInterrupted() {
        interruptedPanel.removeAll();
        List<ImportService.InterruptedImport> waiting = mayWithdraw() ? imports.interrupted() : List.of();
        interruptedPanel.setVisible(!waiting.isEmpty());
        if (waiting.isEmpty()) {
            return;
        }
        interruptedPanel.add(new H3(getTranslation("import.interrupted.heading")), new Paragraph(getTranslation("import.interrupted.text")));
        for (ImportService.InterruptedImport i : waiting) {
            Span what = new Span(getTranslation("import.interrupted.item", i.batch(), i.uploadedBy(),
                    Formats.dateTime(i.uploadedAt()), orDash(i.files()), orDash(i.unitYears())));
            what.addClassName("interrupted-what");
            Button load = new Button(getTranslation("import.interrupted.import"), click -> {
                ImportOutcome o = imports.importInterrupted(i.batch(), user.username());
                notify(o.done() ? getTranslation("import.interrupted.imported", i.batch()) : o.errors().get(0).message(getLocale()), !o.done());
                refreshLog();
            });
            load.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            load.addClassName("interrupted-import-button");
            Button discard = new Button(getTranslation("import.interrupted.discard"), click -> {
                ImportOutcome o = imports.discardInterrupted(i.batch(), user.username());
                notify(o.done() ? getTranslation("import.interrupted.discarded", i.batch()) : o.errors().get(0).message(getLocale()), !o.done());
                refreshLog();
            });
            discard.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            discard.addClassName("interrupted-discard-button");
            Div row = new Div(what, load, discard);
            row.addClassName("interrupted-row");
            interruptedPanel.add(row);
        }
    }

    // ---- helpers

    private static String orDash(String s) {
        return s == null || s.isEmpty() ? Formats.MISSING : s;
    }

    private String humanSize(long bytes) {
        if (bytes >= 1L << 20) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
        }
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }

    private void notify(String text, boolean error) {
        Notification n = Notification.show(text, error ? 8000 : 5000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
    }
}
