package com.perfdash.ingest;

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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The manifest beside a data set's files ({@value LoadSources#MANIFEST}, the same file name and column
 * names as an import batch's record of its uploads): one row per data file with {@code file_name},
 * {@code data_rows} (records after the header, as the loader counts them), {@code sha256} and
 * {@code size_bytes}. Its {@code data_rows} column is what makes it a data set's manifest; an import's
 * manifest (which lists the uploaded originals, not the data files) has none and is not checked here.
 *
 * <p>When a data set holds one, the set loads only if every data file it holds is listed and every
 * listed file exists with that row count, checksum and size: a file cut off or still being copied is
 * refused with a message naming the set, the file, expected and found. Regenerate it with
 * {@code ./mvnw -q compile exec:java -Dexec.mainClass=com.perfdash.ingest.DataSetManifest -Dexec.args="data/demo data/seed"}.
 */
public final class DataSetManifest {

    /** The columns, in the order written. */
    public static final List<String> COLUMNS = List.of("file_name", "data_rows", "sha256", "size_bytes");
    /** The column only a data set's manifest has. */
    static final String ROWS_COLUMN = "data_rows";
    /** How to regenerate a manifest, for messages. */
    public static final String REGENERATE = "./mvnw -q compile exec:java -Dexec.mainClass=com.perfdash.ingest.DataSetManifest"
            + " -Dexec.args=\"<data set folder>\"";

    /** What the manifest says, or what a file is, for one data file. */
    public record Entry(String fileName, long dataRows, String sha256, long sizeBytes) {
    }

    private DataSetManifest() {
    }

    /** Writes the manifest of the data files in {@code folder} (replacing one there); returns its entries. */
    public static List<Entry> write(Path folder) throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (FileSpec spec : DataFormat.FILES) {
            Path file = folder.resolve(spec.fileName());
            if (Files.isRegularFile(file)) {
                entries.add(describe(file));
            }
        }
        try (Writer w = Files.newBufferedWriter(folder.resolve(LoadSources.MANIFEST), StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator('\n')
                     .setHeader(COLUMNS.toArray(String[]::new)).get())) {
            for (Entry e : entries) {
                out.printRecord(e.fileName(), e.dataRows(), e.sha256(), e.sizeBytes());
            }
        }
        return entries;
    }

    /** The entries of the data set manifest in {@code folder}; empty when it has none (or an import's manifest). */
    public static Optional<Map<String, Entry>> read(Path folder) {
        Path m = folder.resolve(LoadSources.MANIFEST);
        if (!Files.isRegularFile(m)) {
            return Optional.empty();
        }
        try (Reader r = Files.newBufferedReader(m, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            if (!p.getHeaderNames().contains(ROWS_COLUMN)) {
                return Optional.empty();
            }
            Map<String, Entry> entries = new LinkedHashMap<>();
            for (CSVRecord rec : p) {
                entries.put(rec.get("file_name"), new Entry(rec.get("file_name"), Long.parseLong(rec.get(ROWS_COLUMN).strip()),
                        rec.get("sha256").strip().toLowerCase(), Long.parseLong(rec.get("size_bytes").strip())));
            }
            return Optional.of(entries);
        } catch (IOException | RuntimeException e) {
            throw new DataLoadException(List.of(new LoadProblem(m.getFileName().toString(), null, null,
                    "cannot read the data set's manifest (" + String.join(", ", COLUMNS) + "): " + e.getMessage())));
        }
    }

    /** Whether {@code folder} holds a data set's manifest (not an import's record of its uploads). */
    public static boolean present(Path folder) {
        try {
            return read(folder).isPresent();
        } catch (DataLoadException e) {
            return true; // unreadable: the load names it
        }
    }

    /**
     * What is wrong with {@code set} against its manifest; empty when it has none or everything matches.
     * Problems name the file as the load does ({@code demo/indicators.csv}).
     */
    static List<LoadProblem> check(DataSetSource set) {
        List<LoadProblem> problems = new ArrayList<>();
        Map<String, Entry> listed;
        try {
            Optional<Map<String, Entry>> m = read(set.folder());
            if (m.isEmpty()) {
                return problems;
            }
            listed = m.get();
        } catch (DataLoadException e) {
            return e.problems().stream().map(p -> new LoadProblem(set.label() + "/" + p.file(), null, null, p.message())).toList();
        }
        String where = "data set " + set.label() + ": its " + LoadSources.MANIFEST;
        for (FileSpec spec : DataFormat.FILES) {
            String name = set.label() + "/" + spec.fileName();
            Path file = set.folder().resolve(spec.fileName());
            Entry expected = listed.get(spec.fileName());
            if (expected == null) {
                if (Files.isRegularFile(file)) {
                    problems.add(new LoadProblem(name, null, null, where + " does not list this file"));
                }
                continue;
            }
            if (!Files.isRegularFile(file)) {
                problems.add(new LoadProblem(name, null, null, where + " lists this file with " + expected.dataRows()
                        + " data rows, but the file is missing"));
                continue;
            }
            Entry found;
            try {
                found = describe(file);
            } catch (IOException | UncheckedIOException | IllegalStateException e) {
                problems.add(new LoadProblem(name, null, null, where + " lists " + expected.dataRows()
                        + " data rows; the file cannot be read as CSV: " + e.getMessage()));
                continue;
            }
            if (found.dataRows() != expected.dataRows() || !found.sha256().equals(expected.sha256())
                    || found.sizeBytes() != expected.sizeBytes()) {
                problems.add(new LoadProblem(name, null, null, where + " expects " + expected.dataRows() + " data rows, "
                        + expected.sizeBytes() + " bytes, SHA-256 " + expected.sha256() + "; found " + found.dataRows()
                        + " data rows, " + found.sizeBytes() + " bytes, SHA-256 " + found.sha256()
                        + " (the file is incomplete or was changed; if the change is meant, regenerate the manifest)"));
            }
        }
        return problems;
    }

    /** Data rows, SHA-256 and size of one CSV file, read once. */
    static Entry describe(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long rows = 0;
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest);
             Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().get().parse(reader)) {
            for (CSVRecord ignored : parser) {
                rows++;
            }
            // the parser may stop before the last bytes (a final line break): hash them too
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return new Entry(file.getFileName().toString(), Math.max(0, rows - 1), HexFormat.of().formatHex(digest.digest()),
                Files.size(file));
    }

    /** Writes the manifest of every folder given: {@code DataSetManifest data/demo data/seed}. */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: DataSetManifest <data set folder>...");
            System.exit(2);
        }
        for (String arg : args) {
            List<Entry> entries = write(Path.of(arg));
            System.out.println("wrote " + Path.of(arg).resolve(LoadSources.MANIFEST) + " (" + entries.size() + " files)");
        }
    }
}
