package com.perfdash.importer;

import com.perfdash.TestDatabase;
import com.perfdash.ingest.AfterLoadStep;
import com.perfdash.ingest.DataFolderLoader;
import com.perfdash.review.ReviewChecks;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A data folder holding the seed, an empty import folder, a fresh database loaded from them, and the
 * import service over them. {@link #failLoadsWith} makes every later load throw inside its
 * transaction, after the report rows were written.
 */
final class ImportFixture implements AutoCloseable {

    final Path root;
    final Path data;
    final Path imports;
    final TestDatabase db = new TestDatabase();
    final DataFolderLoader folder;
    final ImportService service;
    final ReportWorkbookService workbooks;
    private final AtomicReference<String> failure = new AtomicReference<>();
    /** What the service gave the audit log. */
    final List<String> audit = new java.util.concurrent.CopyOnWriteArrayList<>();

    ImportFixture(Path root) throws IOException {
        this(root, ImportLimits.DEFAULT, false);
    }

    ImportFixture(Path root, ImportLimits limits) throws IOException {
        this(root, limits, false);
    }

    /** With {@code review}, every load also runs the review checks, as the app's loads do (slower). */
    ImportFixture(Path root, ImportLimits limits, boolean review) throws IOException {
        this.root = root;
        data = root.resolve("data");
        imports = root.resolve("imports");
        copy(TestDatabase.SEED, data.resolve("seed"));
        AfterLoadStep injected = h -> {
            String f = failure.get();
            if (f != null) {
                int reports = h.createQuery("SELECT count(*) FROM report").mapTo(Integer.class).one();
                throw new IllegalStateException(f + " (after " + reports + " report rows were written)");
            }
        };
        // the app's after-load steps: the review checks (when asked for), then (for the tests that ask) a failure
        List<AfterLoadStep> steps = review ? List.of(new ReviewChecks(TestDatabase.CLOCK), injected) : List.of(injected);
        folder = new DataFolderLoader(db.jdbi(), TestDatabase.CLOCK, steps, data.toString(), imports.toString(), false);
        folder.load();
        service = new ImportService(db.jdbi(), TestDatabase.CLOCK, folder, limits, new ReviewFindingsReader(db.jdbi()),
                (user, event, detail) -> audit.add(user + " " + event + " " + detail));
        workbooks = new ReportWorkbookService(db.jdbi());
    }

    void failLoadsWith(String message) {
        failure.set(message);
    }

    /**
     * Back to the start between the tests of a class: no batches, an empty import log, the seed loaded
     * (a load only when a batch had been accepted, since loads are what is slow).
     */
    void reset() {
        failure.set(null);
        audit.clear();
        boolean hadBatches = importFolder().stream().anyMatch(p -> !p.startsWith(".staging") && p.endsWith("reports.csv"));
        BatchFiles.deleteTree(imports);
        db.jdbi().useHandle(h -> {
            h.execute("DELETE FROM import_log_file");
            h.execute("DELETE FROM import_log");
        });
        if (hadBatches) {
            folder.load();
        }
    }

    static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile) // the data files only: a copy may be edited, its manifest would not match
                    .filter(f -> !f.getFileName().toString().equals(com.perfdash.ingest.LoadSources.MANIFEST)).toList()) {
                Files.copy(f, to.resolve(f.getFileName()), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES); // old files load at once
            }
        }
    }

    private byte[] seedBytes;

    /** The seed report's workbook as the app exports it (made once). */
    byte[] seedBytes() {
        if (seedBytes == null) {
            seedBytes = workbooks.report("zz-hetang-qwbgs", 2020).orElseThrow().bytes();
        }
        return seedBytes;
    }

    /** The seed report as exported, written to {@code name}. */
    SourceFile seedWorkbook(String name) throws IOException {
        return file(name, seedBytes());
    }

    /** The seed workbook, edited. */
    SourceFile seedWorkbook(String name, Consumer<XSSFWorkbook> edit) throws IOException {
        byte[] bytes = seedBytes();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.accept(wb);
            wb.write(out);
            return file(name, out.toByteArray());
        }
    }

    SourceFile file(String name, byte[] bytes) throws IOException {
        Path dir = Files.createDirectories(root.resolve("uploads").resolve(Integer.toString(uploads++)));
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return new SourceFile(name, p);
    }

    private int uploads;

    ImportPreview preview(SourceFile... files) {
        return service.preview(List.of(files), "clerk", ImportProgress.NONE);
    }

    /** The cell at an Excel row (1-based) and column letter. */
    static Cell cell(Sheet s, int excelRow, String column) {
        Row r = s.getRow(excelRow - 1) != null ? s.getRow(excelRow - 1) : s.createRow(excelRow - 1);
        int c = column.charAt(0) - 'A';
        return r.getCell(c) != null ? r.getCell(c) : r.createCell(c);
    }

    /** The batch folders and leftovers in the import folder, by name. */
    List<String> importFolder() {
        if (!Files.isDirectory(imports)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(imports)) {
            return all.filter(p -> !p.equals(imports)).map(p -> imports.relativize(p).toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every row of every model table (report without data_file, which names where a row was loaded from). */
    Map<String, List<String>> modelRows() {
        Map<String, List<String>> all = new java.util.LinkedHashMap<>();
        db.jdbi().useHandle(h -> {
            for (String t : List.of("unit", "report", "report_text", "project", "eval_table", "funds_row", "goal",
                    "indicator_level1", "indicator")) {
                // where a row was loaded from (the data set's file) differs by design; what it says does not
                String select = switch (t) {
                    case "report" -> "SELECT * EXCLUDE (data_file) FROM report";
                    case "eval_table" -> "SELECT * EXCLUDE (data_set) FROM eval_table";
                    default -> "SELECT * FROM " + t;
                };
                List<String> rows = new ArrayList<>();
                h.createQuery(select + " ORDER BY ALL").mapToMap().forEach(m -> rows.add(m.toString()));
                all.put(t, rows);
            }
        });
        return all;
    }

    List<String> importLog() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT action || ':' || outcome || ':' || coalesce(batch, '-') "
                + "FROM import_log ORDER BY import_id").mapTo(String.class).list());
    }

    @Override
    public void close() {
        db.close();
    }
}
