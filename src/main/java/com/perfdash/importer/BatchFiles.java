package com.perfdash.importer;

import com.perfdash.ingest.DataFormat;
import com.perfdash.ingest.LoadSources;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files of an import batch folder besides its data files (docs/import.md): the staged originals, the
 * manifest, the files left out, the markers; and the file plumbing (safe unique names, hashes, deleting a
 * tree). A batch folder is {@code <import folder>/yyyyMMdd-HHmmss-n}; a preview's is under {@value #STAGING}.
 * The figures' provenance ({@code sources.csv}) is {@link FigureSources}.
 */
final class BatchFiles {

    private static final Logger log = LoggerFactory.getLogger(BatchFiles.class);
    static final String STAGING = ".staging";
    static final String ORIGINALS = "originals";
    static final String MANIFEST = LoadSources.MANIFEST;
    /** Where a discarded interrupted import is kept. */
    static final String DISCARDED = ".discarded";
    /** Written into an interrupted batch when the app first finds it, so that it is audited once. */
    static final String INTERRUPTED_NOTE = "INTERRUPTED";
    /** The files an import left out, beside its manifest; see {@link #writeLeftOut}. */
    static final String LEFT_OUT = "left_out.csv";
    static final List<String> LEFT_OUT_COLUMNS = List.of("file_name", "sha256", "size_bytes", "format", "reasons");
    static final List<String> MANIFEST_COLUMNS = List.of("file_name", "stored_as", "sha256", "size_bytes",
            "uploaded_by", "uploaded_at", "format", "notes");

    private BatchFiles() {
    }

    /**
     * The files left out, recorded in the batch ({@value #LEFT_OUT}: name, SHA-256, size, format and why, one
     * error per line). Their originals stay staged while the preview waits (a correction reads the files
     * again); confirm removes them, since none of their rows is in the batch.
     */
    static void writeLeftOut(Path staging, List<ImportedFile> left, List<FileOutcome> outcomes) throws IOException {
        if (left.isEmpty()) {
            return;
        }
        try (Writer w = Files.newBufferedWriter(staging.resolve(LEFT_OUT), StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(LEFT_OUT_COLUMNS.toArray(String[]::new)).get())) {
            for (ImportedFile f : left) {
                FileOutcome o = outcomes.stream().filter(x -> x.name().equals(f.name())).findFirst().orElseThrow();
                out.printRecord(f.name(), f.sha256(), f.sizeBytes(), f.format(), o.reasons());
            }
        }
    }

    /** The batch's manifest: every imported file with where it is stored, its hash, size, uploader, format and notes. */
    static void writeManifest(Path staging, List<ImportedFile> files, List<ImportIssue> issues, String user,
                               LocalDateTime at) throws IOException {
        List<ImportIssue> notes = issues.stream().filter(i -> !i.error()).toList();
        try (Writer w = Files.newBufferedWriter(staging.resolve(MANIFEST), StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(MANIFEST_COLUMNS.toArray(String[]::new)).get())) {
            for (ImportedFile f : files) {
                String n = notesOf(f, notes);
                out.printRecord(f.name(), ORIGINALS + "/" + f.storedAs(), f.sha256(), f.sizeBytes(), user, at, f.format(),
                        n == null ? "" : n);
            }
        }
    }

    /** The accepted batch folders (with data files), by name. */
    static List<Path> batchFolders(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isDirectory).filter(d -> !d.getFileName().toString().startsWith("."))
                    .filter(d -> Files.isRegularFile(d.resolve(DataFormat.REPORTS.fileName()))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The unit-years of a batch ("zz-hetang-qwbgs 2020, …"), from its reports.csv; null when it has none. */
    static String unitYearsOf(Path batch) {
        Path reports = batch.resolve(DataFormat.REPORTS.fileName());
        if (!Files.isRegularFile(reports)) {
            return null;
        }
        try (Reader r = Files.newBufferedReader(reports, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            String s = p.stream().map(rec -> rec.get("unit_code") + " " + rec.get("fiscal_year")).collect(Collectors.joining(", "));
            return s.isEmpty() ? null : s;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static void writeQuietly(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            log.warn("Could not write {}: {}", file, e.getMessage());
        }
    }

    static List<CSVRecord> readManifest(Path batch) {
        return readCsv(batch.resolve(MANIFEST));
    }

    /** A batch's manifest or {@value #LEFT_OUT}: its records, none when it is not there or unreadable. */
    static List<CSVRecord> readCsv(Path m) {
        if (!Files.isRegularFile(m)) {
            return List.of();
        }
        try (Reader r = Files.newBufferedReader(m, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            return p.getRecords();
        } catch (IOException | RuntimeException e) {
            log.warn("Unreadable {}: {}", m, e.getMessage());
            return List.of();
        }
    }

    /** A file name safe to store and unique within the batch: "a.xlsx", then "a-2.xlsx". */
    static String uniqueName(String name, Set<String> taken) {
        String safe = name.replaceAll("[\\\\/:*?\"<>|\\x00-\\x1F]", "_");
        if (safe.isBlank() || safe.startsWith(".")) {
            safe = "file" + safe;
        }
        String candidate = safe;
        int dot = safe.lastIndexOf('.');
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = dot > 0 ? safe.substring(0, dot) + "-" + n + safe.substring(dot) : safe + "-" + n;
        }
        return candidate;
    }

    static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(BatchFiles::deleteQuietly);
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", dir, e.getMessage());
        }
    }

    static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", p, e.getMessage());
        }
    }

    /** The notes on one file, one per line, as the manifest and the import log keep them; null when none. */
    static String notesOf(ImportedFile f, List<ImportIssue> notes) {
        String s = notes.stream().filter(n -> n.where().file().equals(f.name()) || n.where().file().startsWith(f.name() + " › "))
                .map(n -> n.describe(Locale.CHINESE)).collect(Collectors.joining("\n"));
        return s.isEmpty() ? null : s;
    }
}
