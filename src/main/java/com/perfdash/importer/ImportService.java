package com.perfdash.importer;

import static com.perfdash.importer.BatchFiles.DISCARDED;
import static com.perfdash.importer.BatchFiles.INTERRUPTED_NOTE;
import static com.perfdash.importer.BatchFiles.LEFT_OUT;
import static com.perfdash.importer.BatchFiles.ORIGINALS;
import static com.perfdash.importer.BatchFiles.STAGING;
import static com.perfdash.importer.BatchFiles.deleteTree;
import static com.perfdash.importer.BatchFiles.readCsv;
import static com.perfdash.importer.BatchFiles.readManifest;
import static com.perfdash.importer.BatchFiles.sha256;
import static com.perfdash.importer.BatchFiles.uniqueName;
import static com.perfdash.importer.BatchFiles.unitYearsOf;
import static com.perfdash.importer.BatchFiles.writeQuietly;

import com.perfdash.ingest.DataFolderLoader;
import com.perfdash.ingest.DataFormat;
import com.perfdash.ingest.DataLoadException;
import com.perfdash.ingest.DataLoader;
import com.perfdash.ingest.LoadSources;
import com.perfdash.security.DataScope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import com.perfdash.importer.document.FileTypes;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports reports: reads uploaded workbooks and CSV bundles into a new import batch, previews it with a
 * dry-run load, and on confirmation moves it into the import folder and loads it — all or nothing.
 *
 * <p>A preview lives in {@code <import folder>/.staging/<id>}: the eight data files, {@code originals/}
 * (the uploaded files, untouched) and {@code manifest.csv} (name, SHA-256, size, who, when, format,
 * notes). Confirming moves that folder in one step to {@code <import folder>/yyyyMMdd-HHmmss-n} and
 * loads; if the load fails, the folder is removed again and the database is as it was. Every attempt is
 * written to {@code import_log}. The view and the headless command share this class.
 */
public class ImportService {

    /**
     * The file names the import takes (the upload's accepted types, the files the headless command picks
     * from a folder): workbooks (.xlsx, .xlsm, old .xls), a CSV bundle (.zip) or one CSV file, Word
     * (.docx, old .doc), a saved web page (.html, .htm) and PDF.
     */
    public static final List<String> ACCEPTED_EXTENSIONS = List.of(".xlsx", ".xlsm", ".xls", ".zip", ".csv", ".docx", ".doc", ".html",
            ".htm", ".pdf");

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    private static final DateTimeFormatter BATCH_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Jdbi jdbi;
    private final Clock clock;
    private final DataFolderLoader folder;
    private final ImportLimits limits;
    private final FindingsReader findings;
    private final Audit audit;
    private final ImportLog importLog;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Object lock = new Object();

    /**
     * Reads the review findings of the imported unit-years: {@link #prepare} before the dry run (what
     * the loaded versions raise), the returned reader inside it (what the imported versions raise).
     */
    @FunctionalInterface
    public interface FindingsReader {
        DryRunFindings prepare(List<UnitYear> unitYears);

        FindingsReader NONE = unitYears -> (h, r) -> List.of();
    }

    /** The second half of a {@link FindingsReader}: runs inside the dry run, on its transaction. */
    @FunctionalInterface
    public interface DryRunFindings {
        List<PreviewFinding> read(Handle dryRun, List<ReportChange> reports);
    }

    /** A report's key: unit and fiscal year. */
    public record UnitYear(String unitCode, int fiscalYear) {
    }

    /** Where accepted, refused, withdrawn and restored imports are also recorded (the app's audit log). */
    @FunctionalInterface
    public interface Audit {
        void record(String user, String event, String detail);

        Audit NONE = (user, event, detail) -> {
        };
    }

    /** A preview waiting for its confirmation; {@code units} says which units it declares or changes (for the audit log). */
    private record Pending(ImportPreview preview, Path folder, String sourcesFingerprint, String units) {
        long bytes() {
            return preview.totalBytes();
        }
    }

    public ImportService(Jdbi jdbi, Clock clock, DataFolderLoader folder, ImportLimits limits, FindingsReader findings,
                         Audit audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.folder = folder;
        this.limits = limits;
        this.findings = findings;
        this.audit = audit;
        this.importLog = new ImportLog(jdbi, clock);
    }

    public ImportLimits limits() {
        return limits;
    }

    /** A size as messages write it: {@code 20 MB}, {@code 512 KB}. */
    public static String size(long bytes) {
        return ImportLimits.size(bytes);
    }

    private Path importDir() {
        return folder.sources().importDir();
    }

    // ---- preview ---------------------------------------------------------------------------------

    /**
     * Reads the files, writes them as a batch in the staging folder and loads it in a dry run. Nothing
     * is written to the database (except the log row of a rejected attempt); an acceptable preview
     * waits for {@link #confirm} or {@link #cancel}.
     */
    public ImportPreview preview(List<SourceFile> files, String user, ImportProgress progress) {
        return preview(files, user, DataScope.ALL_UNITS, progress);
    }

    /**
     * As {@link #preview(List, String, ImportProgress)}, for a user who may import only the units of
     * {@code scope} (a unit user: its own unit's reports); a report of another unit is an error.
     */
    public ImportPreview preview(List<SourceFile> files, String user, DataScope scope, ImportProgress progress) {
        return preview(files, user, scope, progress, List.of());
    }

    /**
     * The preview again, with a clerk's correction of a figure as the import read it (a figure read with low
     * confidence, a misread cell): the preview's files are read again from its staged originals, the
     * corrections of the preview so far and this one put in, and checked and dry-run loaded as before. The
     * old preview is dropped; the new one replaces it. The figure goes in with the corrected value; the batch
     * keeps the value read, who corrected it and when ({@code checks.csv}, {@code sources.csv}).
     *
     * @param value the corrected value in the data format's notation (万元, 分, %); blank = states none
     * @return the new preview, or null when the preview is gone (confirmed, cancelled or dropped), the file
     *         or figure unknown, or the value not one the figure may take ({@link ReadFigure#accepts})
     */
    public ImportPreview correct(String previewId, String user, DataScope scope, String file, String figureId, String value,
                                 ImportProgress progress) {
        Pending p = pending.get(previewId);
        if (p == null || !p.preview().user().equals(user)) {
            return null;
        }
        ReadFile read = p.preview().read(file);
        ReadFigure figure = read == null ? null : read.figure(figureId);
        String v = value == null ? "" : value.strip();
        if (figure == null || !v.isEmpty() && !figure.accepts(v)) {
            return null;
        }
        List<FigureCheck> checks = new ArrayList<>(p.preview().checks().stream()
                .filter(c -> !(c.file().equals(file) && c.figureId().equals(figureId))).toList());
        checks.add(new FigureCheck(file, figureId, figure.readValue(), v.isEmpty() ? null : new java.math.BigDecimal(v).toPlainString(),
                user, LocalDateTime.now(clock)));
        Path copy = importDir().resolve(STAGING).resolve(previewId + "-originals");
        try {
            List<SourceFile> files = new ArrayList<>();
            Files.createDirectories(copy);
            for (ImportedFile f : p.preview().files()) {
                Path dir = Files.createDirectories(copy.resolve(Integer.toString(files.size())));
                Path original = dir.resolve(f.storedAs());
                Files.copy(p.folder().resolve(ORIGINALS).resolve(f.storedAs()), original);
                files.add(new SourceFile(f.name(), original));
            }
            if (!pending.remove(previewId, p)) {
                return null;
            }
            deleteTree(p.folder());
            return preview(files, user, scope, progress, checks);
        } catch (IOException e) {
            log.error("Cannot copy the staged files of preview {}", previewId, e);
            return null;
        } finally {
            deleteTree(copy);
        }
    }

    private ImportPreview preview(List<SourceFile> files, String user, DataScope scope, ImportProgress progress,
                                  List<FigureCheck> checks) {
        LocalDateTime at = LocalDateTime.now(clock);
        String id = at.format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")) + "-" + UUID.randomUUID().toString().substring(0, 8);
        Path staging = importDir().resolve(STAGING).resolve(id);
        boolean keep = false;
        try {
            ImportBatch batch = null;
            ImportPreview preview;
            ImportIssue full = stagingFull(user, files);
            try {
                if (full != null) {
                    preview = failedPreview(id, user, at, files, full);
                } else {
                    Files.createDirectories(staging.resolve(ORIGINALS));
                    Built built = build(id, staging, files, user, scope, at, progress, checks);
                    preview = built.preview();
                    batch = built.batch();
                }
            } catch (IOException e) {
                log.error("Cannot write the import's staging folder {}", staging, e);
                preview = failedPreview(id, user, at, files, folderNotWritable());
            } catch (RuntimeException e) {
                // a defect, not the files' fault: the clerk gets a sentence and a reference, the log the trace
                String reference = UUID.randomUUID().toString().substring(0, 8);
                log.error("Import preview {} failed, reference {}", id, reference, e);
                preview = failedPreview(id, user, at, files, ImportIssue.error(
                        CellRef.file(files.isEmpty() ? "—" : files.get(0).name()), ImportText.INTERNAL_ERROR, reference));
            }
            if (preview.acceptable()) {
                pending.put(id, new Pending(preview, staging, DataLoader.fingerprint(folder.sources()),
                        batch.unitChanges(loadedUnits(batch))));
                keep = true;
            } else {
                importLog.attempt("import", "rejected", null, preview, preview.errors().stream()
                        .limit(20).map(e -> e.describe(Locale.CHINESE)).collect(Collectors.joining("\n")));
                audit.record(user, "import_rejected", fileNames(preview) + ": " + preview.errors().size() + " errors");
            }
            progress.update(ImportProgress.Step.DONE, files.size(), files.size(), null);
            return preview;
        } finally {
            if (!keep) {
                deleteTree(staging);
            }
        }
    }

    /**
     * The refusal when {@code user}'s previews not yet confirmed or cancelled, with these files, would
     * hold more than {@link ImportLimits#maxStagingBytesPerUser}; null when they fit.
     */
    private ImportIssue stagingFull(String user, List<SourceFile> files) {
        long incoming = 0;
        for (SourceFile f : files) {
            try {
                incoming += Files.size(f.content());
            } catch (IOException e) {
                // (unreadable: the preview itself says so)
            }
        }
        List<Pending> mine = pending.values().stream().filter(p -> p.preview().user().equals(user)).toList();
        long held = mine.stream().mapToLong(Pending::bytes).sum();
        if (held + incoming <= limits.maxStagingBytesPerUser()) {
            return null;
        }
        return ImportIssue.error(CellRef.file(files.isEmpty() ? "—" : files.get(0).name()), ImportText.STAGING_FULL,
                Integer.toString(mine.size()), ImportLimits.size(held), ImportLimits.size(limits.maxStagingBytesPerUser()));
    }

    /**
     * Drops the previews nobody confirmed or cancelled within {@code maxAge} (a browser closed, a
     * session lost), with their staged files, and staging folders no preview owns that are older than
     * that. Each dropped preview is logged as cancelled. Returns how many previews were dropped.
     */
    public int sweepAbandoned(java.time.Duration maxAge) {
        LocalDateTime cutoff = LocalDateTime.now(clock).minus(maxAge);
        int dropped = 0;
        for (Map.Entry<String, Pending> e : pending.entrySet()) {
            Pending p = e.getValue();
            if (p.preview().at().isBefore(cutoff) && pending.remove(e.getKey(), p)) {
                deleteTree(p.folder());
                importLog.attempt("import", "cancelled", null, p.preview(), "abandoned: neither confirmed nor cancelled within "
                        + maxAge.toMinutes() + " minutes; its staged files were removed");
                dropped++;
            }
        }
        Path staging = importDir().resolve(STAGING);
        if (Files.isDirectory(staging)) {
            java.time.Instant old = clock.instant().minus(maxAge);
            try (Stream<Path> children = Files.list(staging)) {
                for (Path dir : children.toList()) {
                    if (!pending.containsKey(dir.getFileName().toString()) && Files.getLastModifiedTime(dir).toInstant().isBefore(old)) {
                        deleteTree(dir);
                    }
                }
            } catch (IOException e) {
                log.warn("Could not sweep {}: {}", staging, e.getMessage());
            }
        }
        if (dropped > 0) {
            log.info("Dropped {} abandoned import previews", dropped);
        }
        return dropped;
    }

    /** The import folder cannot be written: where it is, and what an administrator should check. */
    private ImportIssue folderNotWritable() {
        return ImportIssue.error(CellRef.file(importDir().toString()), ImportText.IMPORT_FOLDER_NOT_WRITABLE, importDir().toString());
    }

    /** A preview that could not be made, with the one error saying why, and the uploaded files as far as known. */
    private static ImportPreview failedPreview(String id, String user, LocalDateTime at, List<SourceFile> files, ImportIssue error) {
        List<ImportedFile> infos = new ArrayList<>();
        for (SourceFile f : files) {
            long size;
            String sha;
            try {
                size = Files.size(f.content());
                sha = sha256(f.content());
            } catch (IOException | RuntimeException e) {
                size = 0;
                sha = "-";
            }
            infos.add(new ImportedFile(f.name(), f.name(), size, sha, "unknown", 0));
        }
        return new ImportPreview(id, user, at, infos, List.of(error), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /**
     * What reading uploaded files gave, imported or left out together: one file, or the loose CSV files of
     * the upload (one data set). {@code errors} grows as the batch checks and the dry run find more in it.
     */
    private static final class Part {
        final List<String> names = new ArrayList<>();
        SourceRows rows;
        final List<ImportIssue> errors = new ArrayList<>();

        Part(String name) {
            names.add(name);
        }

        boolean holds(CellRef where) {
            return names.stream().anyMatch(n -> where.file().equals(n) || where.file().startsWith(n + " › "));
        }

        boolean ready() {
            return errors.isEmpty();
        }
    }

    /** A preview made by {@link #build}, with the batch of its ready files. */
    private record Built(ImportPreview preview, ImportBatch batch) {
    }

    /**
     * Reads every file, then puts the ready ones together: a file with an error is left out whole, the
     * batch of the others is checked again (a unit-year twice, units, scope) and loaded in a dry run,
     * and a file the checks or the loader find an error in is left out too, until what remains is clean.
     * An error no file holds (in the data already loaded, say) refuses the import as a whole.
     */
    private Built build(String id, Path staging, List<SourceFile> files, String user, DataScope scope,
                        LocalDateTime at, ImportProgress progress, List<FigureCheck> checks) throws IOException {
        List<ImportIssue> notes = new ArrayList<>();
        List<ReadFile> recognized = new ArrayList<>();
        List<ImportedFile> infos = new ArrayList<>();
        List<CsvBundleReader.CsvFile> loose = new ArrayList<>();
        List<Part> parts = new ArrayList<>();
        Part looseCsv = null;
        Set<String> storedNames = new HashSet<>();
        int i = 0;
        for (SourceFile f : files) {
            progress.update(ImportProgress.Step.READ, i++, files.size(), f.name());
            long size = Files.size(f.content());
            String sha = sha256(f.content());
            String stored = uniqueName(f.name(), storedNames);
            String format = "unknown";
            int reports = 0;
            Part part = new Part(f.name());
            List<ImportIssue> issues = new ArrayList<>();
            if (size > limits.maxFileBytes()) {
                issues.add(ImportIssue.error(CellRef.file(f.name()), ImportText.FILE_TOO_LARGE,
                        ImportLimits.size(size), ImportLimits.size(limits.maxFileBytes())));
            } else {
                Files.copy(f.content(), staging.resolve(ORIGINALS).resolve(stored));
                if (size == 0) {
                    issues.add(ImportIssue.error(CellRef.file(f.name()), ImportText.FILE_EMPTY));
                } else {
                    format = detect(f);
                    SourceRows read = switch (format) {
                        case "workbook", "xls", "docx", "doc", "html", "pdf" -> {
                            RecognizedFigures.Read r = RecognizedFigures.read(ReportWorkbookReader.recognize(f.content(), f.name(),
                                    "workbook".equals(format) ? "xlsx" : format, limits), "workbook", checks);
                            recognized.add(r.file());
                            yield r.rows();
                        }
                        case "csv-bundle" -> CsvBundleReader.readZip(f.content(), f.name(), limits);
                        case "encrypted" -> {
                            issues.add(ImportIssue.error(CellRef.file(f.name()), ImportText.FILE_ENCRYPTED));
                            yield null;
                        }
                        case "csv" -> {
                            loose.add(new CsvBundleReader.CsvFile(f.name(), f.name(), Files.readAllBytes(f.content())));
                            yield null;
                        }
                        default -> {
                            issues.add(ImportIssue.error(CellRef.file(f.name()), ImportText.FILE_TYPE_UNKNOWN));
                            yield null;
                        }
                    };
                    if (read != null) {
                        part.rows = read;
                        issues.addAll(read.issues());
                        reports = read.rowsOf(DataFormat.REPORTS).size();
                    }
                }
            }
            if ("csv".equals(format)) {
                // the loose CSV files are one data set: they go in or stay out together
                if (looseCsv == null) {
                    looseCsv = new Part(f.name());
                    parts.add(looseCsv);
                } else {
                    looseCsv.names.add(f.name());
                }
            } else {
                parts.add(part);
                sort(issues, part, notes);
            }
            infos.add(new ImportedFile(f.name(), stored, size, sha, "xls".equals(format) ? "workbook" : format, reports));
        }
        if (!loose.isEmpty()) {
            SourceRows read = CsvBundleReader.readLoose(loose, limits);
            looseCsv.rows = read;
            sort(read.issues(), looseCsv, notes);
            int reports = read.rowsOf(DataFormat.REPORTS).size();
            infos.replaceAll(f -> f.format().equals("csv") && f.name().equalsIgnoreCase("reports.csv")
                    ? new ImportedFile(f.name(), f.storedAs(), f.sizeBytes(), f.sha256(), f.format(), reports) : f);
        }

        List<ImportIssue> general = new ArrayList<>();
        ImportBatch batch = null;
        List<ReportChange> changes = List.of();
        List<PreviewFinding> found = List.of();
        // each round leaves out at least one more file, or ends
        while (general.isEmpty() && parts.stream().anyMatch(Part::ready)) {
            batch = new ImportBatch();
            for (Part p : parts) {
                if (p.ready() && p.rows != null) {
                    batch.add(p.rows);
                }
            }
            List<ImportIssue> checked = new ArrayList<>(batch.check());
            Map<String, UnitDeclaration> loadedUnits = loadedUnits(batch);
            batch.keepLoadedCategories(loadedUnits);
            checked.addAll(batch.checkScope(scope, loadedUnits));
            if (attribute(checked, parts, general)) {
                continue;
            }
            if (!general.isEmpty()) {
                break;
            }
            if (batch.reportCount() == 0) {
                general.add(ImportIssue.error(CellRef.file(files.isEmpty() ? "—" : files.get(0).name()), ImportText.NOTHING_TO_IMPORT));
                break;
            }
            batch.write(staging);
            BatchFiles.writeManifest(staging, readyFiles(infos, parts), notes, user, at);
            progress.update(ImportProgress.Step.CHECK, files.size(), files.size(), null);
            try {
                DryRun result = dryRun(staging, batch);
                changes = result.changes();
                found = result.findings();
                break;
            } catch (DataLoadException e) {
                String label = LoadSources.batchLabel(staging);
                ImportBatch loaded = batch;
                if (!attribute(e.problems().stream().map(p -> loaded.map(p, label)).toList(), parts, general) && general.isEmpty()) {
                    // (every problem names a file of this batch, so this does not happen; refuse rather than loop)
                    general.add(ImportIssue.error(CellRef.file(files.isEmpty() ? "—" : files.get(0).name()), ImportText.LOAD_FAILED, e));
                }
            }
        }
        if (parts.stream().noneMatch(Part::ready) && general.isEmpty() && files.isEmpty()) {
            general.add(ImportIssue.error(CellRef.file("—"), ImportText.NOTHING_TO_IMPORT));
        }
        boolean acceptable = general.isEmpty() && !changes.isEmpty();
        if (acceptable) {
            List<ImportedFile> ready = readyFiles(infos, parts);
            List<ImportedFile> left = infos.stream().filter(f -> !ready.contains(f)).toList();
            BatchFiles.writeLeftOut(staging, left, left.stream().map(f -> new FileOutcome(f.name(),
                    parts.stream().filter(x -> x.names.contains(f.name())).findFirst().orElseThrow().errors)).toList());
        }
        List<ImportIssue> errors = new ArrayList<>();
        parts.forEach(p -> errors.addAll(p.errors));
        errors.addAll(general);
        List<FileOutcome> outcomes = new ArrayList<>();
        for (ImportedFile f : infos) {
            Part p = parts.stream().filter(x -> x.names.contains(f.name())).findFirst().orElseThrow();
            outcomes.add(new FileOutcome(f.name(), p.errors));
        }
        if (acceptable) {
            FigureSources.write(staging, recognized, readyFiles(infos, parts).stream().map(ImportedFile::name).toList());
        }
        ImportPreview preview = new ImportPreview(id, user, at, infos, errors, notes, acceptable ? changes : List.of(),
                acceptable ? found : List.of(), outcomes, recognized);
        return new Built(preview, batch);
    }

    /** Sorts a file's issues: its errors to the part, its notes to the preview's notes. */
    private static void sort(List<ImportIssue> issues, Part part, List<ImportIssue> notes) {
        for (ImportIssue x : issues) {
            (x.error() ? part.errors : notes).add(x);
        }
    }

    /**
     * Gives each error to the part whose file it names, {@code general} the others; true when a part
     * that was ready now is not (the batch must be put together again without it).
     */
    private static boolean attribute(List<ImportIssue> found, List<Part> parts, List<ImportIssue> general) {
        boolean leftOut = false;
        for (ImportIssue x : found) {
            Part p = parts.stream().filter(q -> q.holds(x.where())).findFirst().orElse(null);
            if (p == null) {
                general.add(x);
            } else {
                leftOut |= p.ready();
                p.errors.add(x);
            }
        }
        return leftOut;
    }

    private static List<ImportedFile> readyFiles(List<ImportedFile> infos, List<Part> parts) {
        return infos.stream().filter(f -> parts.stream().anyMatch(p -> p.ready() && p.names.contains(f.name()))).toList();
    }

    /** The batch's declared units as loaded now, by code. */
    private Map<String, UnitDeclaration> loadedUnits(ImportBatch batch) {
        List<String> codes = batch.declaredUnits();
        if (codes.isEmpty()) {
            return Map.of();
        }
        return jdbi.withExtension(ImportQueries.class, q -> q.units(codes)).stream()
                .collect(Collectors.toMap(UnitDeclaration::unitCode, Function.identity()));
    }

    private record DryRun(List<ReportChange> changes, List<PreviewFinding> findings) {
    }

    private DryRun dryRun(Path staging, ImportBatch batch) {
        List<String> keys = batch.rows(DataFormat.REPORTS).stream()
                .map(r -> r.row().get("unit_code") + " " + r.row().get("fiscal_year")).toList();
        List<String> units = batch.rows(DataFormat.REPORTS).stream().map(r -> r.row().get("unit_code")).distinct().toList();
        Map<String, KeyFigures> before = jdbi.withExtension(ImportQueries.class, q -> q.keyFigures(units)).stream()
                .collect(Collectors.toMap(KeyFigures::key, Function.identity()));
        Map<String, List<ProjectTableFigures>> tablesBefore = jdbi.withExtension(ImportQueries.class, q -> q.projectTables(units))
                .stream().collect(Collectors.groupingBy(ProjectTableFigures::reportKey));
        LoadSources sources = folder.sources().withCandidate(staging);
        // (a read inside the dry run's callback would reuse its transaction: what is loaded now is read first)
        DryRunFindings inDryRun = findings.prepare(batch.rows(DataFormat.REPORTS).stream()
                .map(r -> new UnitYear(r.row().get("unit_code"), Integer.parseInt(r.row().get("fiscal_year")))).toList());
        return folder.dryRun(sources, h -> {
            Map<String, KeyFigures> after = h.attach(ImportQueries.class).keyFigures(units).stream()
                    .collect(Collectors.toMap(KeyFigures::key, Function.identity()));
            Map<String, List<ProjectTableFigures>> tablesAfter = h.attach(ImportQueries.class).projectTables(units).stream()
                    .collect(Collectors.groupingBy(ProjectTableFigures::reportKey));
            List<ReportChange> changes = keys.stream().filter(after::containsKey)
                    .map(k -> ReportChange.between(before.get(k), after.get(k), tablesBefore.getOrDefault(k, List.of()),
                            tablesAfter.getOrDefault(k, List.of()))).toList();
            return new DryRun(changes, inDryRun.read(h, changes));
        });
    }

    /**
     * workbook, csv-bundle, csv, xls, docx, doc, html, pdf, encrypted or unknown: by the content
     * ({@link FileTypes}); only a file the content does not tell falls back on its name.
     */
    static String detect(SourceFile f) throws IOException {
        String kind = FileTypes.detect(f.content(), f.name());
        String name = f.name().toLowerCase(Locale.ROOT);
        return switch (kind) {
            case "xlsx" -> "workbook";
            case "zip" -> "csv-bundle";
            case "zip-other", "zip-damaged" -> name.endsWith(".zip") ? "csv-bundle" : name.endsWith(".docx") ? "docx" : "workbook";
            // named as Office files, they are not: the reader for the name says so
            case "unknown" -> name.endsWith(".xlsx") || name.endsWith(".xlsm") ? "workbook" : name.endsWith(".xls") ? "xls"
                    : name.endsWith(".docx") || name.endsWith(".doc") ? "docx" : "unknown";
            default -> kind;
        };
    }

    // ---- confirm, cancel ---------------------------------------------------------------------------

    /**
     * Accepts a preview: moves its batch into the import folder and loads everything. If the data
     * changed since the preview, or the load fails, nothing is kept and the database is as it was.
     */
    public ImportOutcome confirm(String previewId, String user) {
        synchronized (lock) {
            Pending p = pending.remove(previewId);
            if (p == null) {
                return ImportOutcome.failed(null, ImportIssue.error(CellRef.file("—"), ImportText.STALE_PREVIEW));
            }
            ImportPreview preview = p.preview();
            int added = preview.newReports().size();
            int replaced = preview.replacedReports().size();
            if (!DataLoader.fingerprint(folder.sources()).equals(p.sourcesFingerprint())) {
                deleteTree(p.folder());
                ImportIssue stale = ImportIssue.error(CellRef.file("—"), ImportText.STALE_PREVIEW);
                importLog.attempt("import", "rejected", null, preview, stale.message(Locale.CHINESE));
                return ImportOutcome.failed(null, stale);
            }
            String name = nextBatchName();
            Path target = importDir().resolve(name);
            try {
                for (FileOutcome left : preview.leftOut()) {
                    for (ImportedFile f : preview.files()) {
                        if (f.name().equals(left.name())) {
                            Files.deleteIfExists(p.folder().resolve(ORIGINALS).resolve(f.storedAs()));
                        }
                    }
                }
                Files.move(p.folder(), target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                log.error("Cannot move the import into {}", target, e);
                deleteTree(p.folder());
                ImportIssue issue = folderNotWritable();
                importLog.attempt("import", "failed", null, preview, issue.message(Locale.CHINESE));
                audit.record(user, "import_failed", fileNames(preview) + ": " + issue.message(Locale.ENGLISH));
                return ImportOutcome.failed(null, issue);
            }
            try {
                folder.loadWith(target);
            } catch (RuntimeException e) {
                // the load rolled back; take the batch away again so that files and database agree
                deleteTree(target);
                log.warn("Import {} failed and was removed: {}", name, e.getMessage());
                return failed(preview, name, e);
            }
            try {
                markCommitted(target, user);
            } catch (IOException e) {
                // without its marker the batch would not be loaded at the next start: undo the load now
                deleteTree(target);
                folder.load();
                return failed(preview, name, e);
            }
            importLog.attempt("import", "accepted", name, preview, null);
            audit.record(user, "import_accepted", name + ": " + fileNames(preview) + " (" + added + " new, " + replaced + " replaced"
                    + (preview.leftOut().isEmpty() ? "" : "; left out: " + preview.leftOut().stream().map(FileOutcome::name)
                    .collect(Collectors.joining(", "))) + ")");
            if (!p.units().isEmpty()) {
                audit.record(user, "import_units", name + ": " + p.units());
            }
            for (FigureCheck c : preview.checks()) {
                audit.record(c.by(), "import_figure_corrected", name + ": " + c.file() + " " + c.figureId() + " read "
                        + (c.readValue() == null ? "nothing" : c.readValue()) + ", corrected to "
                        + (c.value() == null ? "nothing" : c.value()) + " at " + c.at());
            }
            log.info("Import {} accepted by {}: {} new, {} replaced, {} files left out", name, user, added, replaced,
                    preview.leftOut().size());
            return new ImportOutcome(true, name, List.of(), added, replaced, preview.leftOut());
        }
    }

    private ImportOutcome failed(ImportPreview preview, String batch, Exception e) {
        String why = e instanceof DataLoadException d ? d.getMessage() : String.valueOf(e.getMessage());
        ImportIssue issue = ImportIssue.error(CellRef.file(batch == null ? "—" : batch), ImportText.LOAD_FAILED,
                e instanceof DataLoadException d ? d : why);
        importLog.attempt("import", "failed", null, preview, issue.message(Locale.CHINESE));
        audit.record(preview.user(), "import_failed", fileNames(preview) + ": " + why);
        return ImportOutcome.failed(null, issue);
    }

    /**
     * Marks a batch active: its load committed. Written after the commit, so that a batch whose load
     * was cut short (the app killed in between) is not active at the next start but interrupted.
     */
    private void markCommitted(Path batch, String user) throws IOException {
        Files.writeString(batch.resolve(LoadSources.COMMITTED), "load committed, confirmed by " + user + " at "
                + LocalDateTime.now(clock) + "\n");
    }

    // ---- interrupted imports -----------------------------------------------------------------------

    /**
     * A confirmed import whose load never committed (the app stopped in between): its batch is in the
     * import folder but not active, and waits for {@link #importInterrupted} or {@link #discardInterrupted}.
     *
     * @param batch      the batch folder
     * @param uploadedBy who uploaded the files (from the manifest)
     * @param uploadedAt when
     * @param files      the uploaded files' names
     * @param unitYears  the reports it holds, e.g. "zz-hetang-qwbgs 2020"
     */
    public record InterruptedImport(String batch, String uploadedBy, LocalDateTime uploadedAt, String files, String unitYears) {
    }

    /** The interrupted imports, oldest first. */
    public List<InterruptedImport> interrupted() {
        return folder.sources().batches().stream().filter(LoadSources::interrupted).map(b -> {
            List<CSVRecord> manifest = readManifest(b);
            return new InterruptedImport(b.getFileName().toString(),
                    manifest.isEmpty() ? "unknown" : manifest.get(0).get("uploaded_by"),
                    manifest.isEmpty() ? null : LocalDateTime.parse(manifest.get(0).get("uploaded_at")),
                    manifest.stream().map(m -> m.get("file_name")).collect(Collectors.joining("、")), unitYearsOf(b));
        }).toList();
    }

    private Path interruptedDir(String batch) {
        Path dir = batchDir(batch);
        return dir != null && LoadSources.interrupted(dir) ? dir : null;
    }

    /** Loads an interrupted import after all, as {@link #confirm} would have; audited. */
    public ImportOutcome importInterrupted(String batch, String user) {
        synchronized (lock) {
            Path dir = interruptedDir(batch);
            LocalDateTime at = LocalDateTime.now(clock);
            if (dir == null) {
                return ImportOutcome.failed(batch, ImportIssue.error(CellRef.file(String.valueOf(batch)),
                        ImportText.BATCH_NOT_INTERRUPTED, String.valueOf(batch)));
            }
            try {
                folder.loadWith(dir);
                markCommitted(dir, user);
            } catch (IOException | RuntimeException e) {
                BatchFiles.deleteQuietly(dir.resolve(LoadSources.COMMITTED));
                try {
                    folder.load();
                } catch (RuntimeException again) {
                    log.error("Reload after the failed import of interrupted batch {} failed too: {}", batch, again.getMessage());
                }
                audit.record(user, "import_failed", batch + " (interrupted): " + e.getMessage());
                return batchActionFailed("import", batch, user, at, e);
            }
            BatchFiles.deleteQuietly(dir.resolve(INTERRUPTED_NOTE));
            importLog.batchAction("import", "accepted", batch, user, at, unitYearsOf(importDir().resolve(batch)),
                    "interrupted import, imported by " + user);
            audit.record(user, "import_interrupted_imported", batch);
            log.info("Interrupted import {} imported by {}", batch, user);
            return new ImportOutcome(true, batch, List.of(), 0, 0);
        }
    }

    /**
     * Sets an interrupted import aside without loading it: its folder goes to
     * {@code <import folder>/.discarded/}, the uploaded files kept; audited.
     */
    public ImportOutcome discardInterrupted(String batch, String user) {
        synchronized (lock) {
            Path dir = interruptedDir(batch);
            LocalDateTime at = LocalDateTime.now(clock);
            if (dir == null) {
                return ImportOutcome.failed(batch, ImportIssue.error(CellRef.file(String.valueOf(batch)),
                        ImportText.BATCH_NOT_INTERRUPTED, String.valueOf(batch)));
            }
            String unitYears = unitYearsOf(dir);
            try {
                Path aside = Files.createDirectories(importDir().resolve(DISCARDED)).resolve(batch);
                Files.move(dir, aside, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                return batchActionFailed("import", batch, user, at, e);
            }
            importLog.batchAction("import", "cancelled", batch, user, at, unitYears,
                    "interrupted import, discarded by " + user + " (kept in " + DISCARDED + "/" + batch + ")");
            audit.record(user, "import_interrupted_discarded", batch);
            log.info("Interrupted import {} discarded by {}", batch, user);
            return new ImportOutcome(true, batch, List.of(), 0, 0);
        }
    }

    /** Drops a preview that will not be confirmed; its staged files are deleted. */
    public void cancel(String previewId, String user) {
        Pending p = pending.remove(previewId);
        if (p != null) {
            deleteTree(p.folder());
            importLog.attempt("import", "cancelled", null, p.preview(), null);
        }
    }

    /** The name of the next batch: {@code yyyyMMdd-HHmmss-n}, sorting after every batch there is. */
    String nextBatchName() {
        List<String> existing = BatchFiles.batchFolders(importDir()).stream().map(b -> b.getFileName().toString()).toList();
        String last = existing.stream().max(Comparator.naturalOrder()).orElse("");
        LocalDateTime t = LocalDateTime.now(clock);
        for (int second = 0; second < 3600; second++) {
            String stamp = t.plusSeconds(second).format(BATCH_STAMP);
            for (int n = 1; n <= 9; n++) {
                String name = stamp + "-" + n;
                if (name.compareTo(last) > 0 && !Files.exists(importDir().resolve(name))) {
                    return name;
                }
            }
        }
        return last + "-1";
    }

    // ---- withdraw, restore -------------------------------------------------------------------------

    /** Stops loading a batch (its files stay): what it replaced is active again. */
    public ImportOutcome withdraw(String batch, String user, String reason) {
        synchronized (lock) {
            Path dir = batchDir(batch);
            if (dir == null || Files.exists(dir.resolve(LoadSources.WITHDRAWN))) {
                return ImportOutcome.failed(batch, ImportIssue.error(CellRef.file(String.valueOf(batch)), ImportText.BATCH_NOT_APPLIED,
                        String.valueOf(batch)));
            }
            LocalDateTime at = LocalDateTime.now(clock);
            try {
                Files.writeString(dir.resolve(LoadSources.WITHDRAWN), "withdrawn by " + user + " at " + at
                        + (reason == null || reason.isBlank() ? "" : ": " + reason) + "\n");
                folder.load();
            } catch (IOException | RuntimeException e) {
                BatchFiles.deleteQuietly(dir.resolve(LoadSources.WITHDRAWN));
                return batchActionFailed("withdraw", batch, user, at, e);
            }
            importLog.batchAction("withdraw", "withdrawn", batch, user, at, unitYearsOf(importDir().resolve(batch)), reason);
            audit.record(user, "import_withdrawn", batch + (reason == null || reason.isBlank() ? "" : ": " + reason));
            return new ImportOutcome(true, batch, List.of(), 0, 0);
        }
    }

    /** Loads a withdrawn batch again. */
    public ImportOutcome restore(String batch, String user) {
        synchronized (lock) {
            Path dir = batchDir(batch);
            Path marker = dir == null ? null : dir.resolve(LoadSources.WITHDRAWN);
            if (marker == null || !Files.exists(marker)) {
                return ImportOutcome.failed(batch, ImportIssue.error(CellRef.file(String.valueOf(batch)), ImportText.BATCH_NOT_WITHDRAWN,
                        String.valueOf(batch)));
            }
            LocalDateTime at = LocalDateTime.now(clock);
            String content;
            try {
                content = Files.readString(marker);
                Files.delete(marker);
            } catch (IOException e) {
                return batchActionFailed("restore", batch, user, at, e);
            }
            try {
                folder.load();
            } catch (RuntimeException e) {
                try {
                    Files.writeString(marker, content);
                } catch (IOException ignored) {
                    log.error("Could not put back {}", marker);
                }
                return batchActionFailed("restore", batch, user, at, e);
            }
            importLog.batchAction("restore", "restored", batch, user, at, unitYearsOf(importDir().resolve(batch)), null);
            audit.record(user, "import_restored", batch);
            return new ImportOutcome(true, batch, List.of(), 0, 0);
        }
    }

    private ImportOutcome batchActionFailed(String action, String batch, String user, LocalDateTime at, Exception e) {
        ImportIssue issue = ImportIssue.error(CellRef.file(batch), ImportText.LOAD_FAILED,
                e instanceof DataLoadException d ? d : String.valueOf(e.getMessage()));
        importLog.batchAction(action, "failed", batch, user, at, unitYearsOf(importDir().resolve(batch)), issue.message(Locale.CHINESE));
        return ImportOutcome.failed(batch, issue);
    }

    private Path batchDir(String batch) {
        if (batch == null || !batch.matches("[A-Za-z0-9_.-]+") || batch.startsWith(".")) {
            return null;
        }
        Path dir = importDir().resolve(batch);
        return Files.isDirectory(dir) ? dir : null;
    }

    // ---- the log ----------------------------------------------------------------------------------

    /** The latest import log rows, newest first, each accepted batch with where it stands now. */
    public List<ImportLogEntry> log(int limit) {
        return log(null, limit);
    }

    /** As {@link #log(int)}, only the rows of {@code user} when not null (what a unit user sees). */
    public List<ImportLogEntry> log(String user, int limit) {
        return importLog.entries(user, limit, this::state);
    }

    public BatchState state(String batch) {
        Path dir = batchDir(batch);
        if (dir == null) {
            return BatchState.MISSING;
        }
        return Files.exists(dir.resolve(LoadSources.WITHDRAWN)) ? BatchState.WITHDRAWN : BatchState.APPLIED;
    }

    private static String fileNames(ImportPreview p) {
        return p.files().stream().map(ImportedFile::name).collect(Collectors.joining(", "));
    }

    // ---- at start -----------------------------------------------------------------------------------

    /**
     * Brings the log in step with the import folder after start: leftover staging folders (a preview
     * never confirmed) are deleted, and an accepted batch the log does not list (the database file was
     * replaced, or the command ran against another database) is entered from its manifest.
     */
    public void reconcile() {
        deleteTree(importDir().resolve(STAGING));
        Set<String> logged = importLog.loggedBatches();
        boolean reload = false;
        for (Path batch : BatchFiles.batchFolders(importDir())) {
            String name = batch.getFileName().toString();
            if (LoadSources.interrupted(batch)) {
                if (folder.readOnly()) {
                    continue; // (the writer node decides about its batches)
                }
                if (logged.contains(name)) {
                    // accepted before batches carried their marker: its load committed (the log row came after it)
                    writeQuietly(batch.resolve(LoadSources.COMMITTED), "load committed before this marker existed; marked at start\n");
                    reload = true;
                } else if (!Files.exists(batch.resolve(INTERRUPTED_NOTE))) {
                    writeQuietly(batch.resolve(INTERRUPTED_NOTE), "found interrupted at start, " + LocalDateTime.now(clock) + "\n");
                    audit.record("system", "import_interrupted", name + ": " + unitYearsOf(batch)
                            + " (its load never committed; waiting for import or discard)");
                    log.warn("Import batch {} was interrupted before its load committed: not loaded, waiting for a decision", name);
                }
                continue;
            }
            if (logged.contains(name)) {
                continue;
            }
            importLog.enter(name, readManifest(batch), readCsv(batch.resolve(LEFT_OUT)), unitYearsOf(batch));
            log.info("Import batch {} entered into the import log from its manifest", name);
        }
        if (reload) {
            folder.load();
        }
    }
}
