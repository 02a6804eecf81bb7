package com.perfdash.importer;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.jdbi.v3.core.Jdbi;

/**
 * The import log (V009, {@code import_log} and {@code import_log_file}): every import attempt, withdrawal and
 * restore, each file with its notes or why it was left out. The loader never clears it; a committed batch
 * found on disk without a row is entered from its manifest ({@link #enter}).
 */
final class ImportLog {

    private final Jdbi jdbi;
    private final Clock clock;

    ImportLog(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** An import attempt with its preview's files: accepted, rejected, failed or cancelled. */
    void attempt(String action, String outcome, String batch, ImportPreview preview, String message) {
        String unitYears = preview.reports().stream().map(r -> r.unitCode() + " " + r.fiscalYear()).collect(Collectors.joining(", "));
        jdbi.useTransaction(h -> {
            ImportQueries q = h.attach(ImportQueries.class);
            long id = q.nextLogId();
            q.insertLog(id, action, outcome, batch, preview.user(), preview.at(), LocalDateTime.now(clock), preview.files().size(),
                    preview.totalBytes(), preview.reports().isEmpty() ? null : preview.newReports().size(),
                    preview.reports().isEmpty() ? null : preview.replacedReports().size(),
                    unitYears.isEmpty() ? null : unitYears, message);
            int seq = 1;
            for (ImportedFile f : preview.files()) {
                String leftOut = preview.outcomes().stream().filter(o -> o.name().equals(f.name()) && !o.ready()).findFirst()
                        .map(FileOutcome::reasons).orElse(null);
                q.insertLogFile(id, seq++, f.name(), f.sha256(), f.sizeBytes(), f.format(), BatchFiles.notesOf(f, preview.notes()), leftOut);
            }
        });
    }

    /** A withdrawal, restore or decision on an interrupted batch; {@code unitYears} as {@link BatchFiles#unitYearsOf}. */
    void batchAction(String action, String outcome, String batch, String user, LocalDateTime at, String unitYears, String message) {
        jdbi.useHandle(h -> {
            ImportQueries q = h.attach(ImportQueries.class);
            q.insertLog(q.nextLogId(), action, outcome, batch, user, at, LocalDateTime.now(clock), 0, 0, null, null,
                    unitYears, message);
        });
    }

    /** The latest rows, newest first, only {@code user}'s when not null, each batch with {@code state} of it. */
    List<ImportLogEntry> entries(String user, int limit, Function<String, BatchState> state) {
        return jdbi.withExtension(ImportQueries.class, q -> q.log(user, limit)).stream()
                .map(r -> r.entry(r.batch() == null ? null : state.apply(r.batch()))).toList();
    }

    /** The batches the log lists. */
    Set<String> loggedBatches() {
        return Set.copyOf(jdbi.withExtension(ImportQueries.class, ImportQueries::loggedBatches));
    }

    /** Enters an accepted batch the log does not list, from its manifest and its files left out. */
    void enter(String batch, List<CSVRecord> manifest, List<CSVRecord> leftOut, String unitYears) {
        String user = manifest.isEmpty() ? "unknown" : manifest.get(0).get("uploaded_by");
        LocalDateTime at = manifest.isEmpty() ? LocalDateTime.now(clock) : LocalDateTime.parse(manifest.get(0).get("uploaded_at"));
        jdbi.useTransaction(h -> {
            ImportQueries q = h.attach(ImportQueries.class);
            long id = q.nextLogId();
            long bytes = manifest.stream().mapToLong(m -> Long.parseLong(m.get("size_bytes"))).sum();
            q.insertLog(id, "import", "accepted", batch, user, at, at, manifest.size(), bytes, null, null,
                    unitYears, "entered from the batch's manifest.csv");
            int seq = 1;
            for (CSVRecord m : manifest) {
                q.insertLogFile(id, seq++, m.get("file_name"), m.get("sha256"), Long.parseLong(m.get("size_bytes")),
                        m.get("format"), m.get("notes").isEmpty() ? null : m.get("notes"), null);
            }
            for (CSVRecord m : leftOut) {
                q.insertLogFile(id, seq++, m.get("file_name"), m.get("sha256"), Long.parseLong(m.get("size_bytes")),
                        m.get("format"), null, m.get("reasons"));
            }
        });
    }
}
