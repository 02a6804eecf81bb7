package com.perfdash.importer;

import com.perfdash.ingest.ColumnSpec;
import com.perfdash.ingest.DataFormat;
import com.perfdash.ingest.FileSpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV files of the data format: a ZIP of one or more data set folders (each with the eight
 * files), or the eight files uploaded together. Each file is decoded (UTF-8, BOM or not, else
 * GB18030/GBK, noted) and its header checked against the format; values are passed on as written,
 * for the loader to validate, with their file, data row and column.
 */
final class CsvBundleReader {

    private static final String ALL_FILES = DataFormat.FILES.stream().map(FileSpec::fileName).collect(Collectors.joining(", "));

    private final ImportLimits limits;
    private final List<ImportIssue> issues = new ArrayList<>();
    private final List<BatchRow> rows = new ArrayList<>();

    private CsvBundleReader(ImportLimits limits) {
        this.limits = limits;
    }

    /** One CSV file's content, and how messages name it. */
    record CsvFile(String name, String fileName, byte[] bytes) {
    }

    /** Reads CSV files uploaded together as one data set. */
    static SourceRows readLoose(List<CsvFile> files, ImportLimits limits) {
        CsvBundleReader reader = new CsvBundleReader(limits);
        reader.readSet(files, files.isEmpty() ? "" : files.get(0).name());
        return new SourceRows("csv", reader.rows, reader.issues);
    }

    /** Reads a ZIP bundle: every folder in it holding a data file is one data set. */
    static SourceRows readZip(Path zip, String zipName, ImportLimits limits) {
        CsvBundleReader reader = new CsvBundleReader(limits);
        Map<String, List<CsvFile>> sets = new TreeMap<>();
        try (CountingInputStream in = new CountingInputStream(new java.io.BufferedInputStream(Files.newInputStream(zip)));
             ZipInputStream z = new ZipInputStream(in)) {
            reader.packed = in;
            ZipEntry e;
            int entries = 0;
            while ((e = z.getNextEntry()) != null) {
                if (++entries > limits.maxZipEntries()) {
                    reader.issues.add(ImportIssue.error(CellRef.file(zipName), ImportText.ZIP_TOO_MANY_ENTRIES,
                            Integer.toString(limits.maxZipEntries())));
                    return reader.result();
                }
                String entry = e.getName().replace('\\', '/');
                String base = entry.substring(entry.lastIndexOf('/') + 1);
                if (e.isDirectory() || entry.startsWith("__MACOSX/") || base.startsWith(".")) {
                    continue;
                }
                Optional<FileSpec> spec = spec(base);
                if (spec.isEmpty()) {
                    reader.issues.add(ImportIssue.note(CellRef.file(zipName), ImportText.NOTE_ENTRY_IGNORED, entry));
                    continue;
                }
                byte[] bytes = reader.unpack(z, e, zipName + " › " + entry);
                if (bytes == null) {
                    return reader.result();
                }
                String folder = entry.contains("/") ? entry.substring(0, entry.lastIndexOf('/')) : "";
                sets.computeIfAbsent(folder, k -> new ArrayList<>())
                        .add(new CsvFile(zipName + " › " + entry, spec.get().fileName(), bytes));
            }
        } catch (ZipException | java.io.EOFException e) {
            // java.util.zip's texts ("invalid stored block lengths") mean nothing to the clerk
            reader.issues.add(ImportIssue.error(CellRef.file(zipName), ImportText.ZIP_DAMAGED));
            return reader.result();
        } catch (IOException e) {
            reader.issues.add(ImportIssue.error(CellRef.file(zipName), ImportText.FILE_UNREADABLE, String.valueOf(e.getMessage())));
            return reader.result();
        }
        if (sets.isEmpty()) {
            reader.issues.add(ImportIssue.error(CellRef.file(zipName), ImportText.CSV_FILE_MISSING, ALL_FILES));
        }
        sets.forEach((folder, files) -> reader.readSet(files, folder.isEmpty() ? zipName : zipName + " › " + folder + "/"));
        return reader.result();
    }

    private SourceRows result() {
        return new SourceRows("csv-bundle", rows, issues);
    }

    /** The bytes read from the ZIP file so far: what the entries really take packed, whatever their headers say. */
    private CountingInputStream packed;
    /** The bytes unpacked from every entry so far. */
    private long inflated;

    /**
     * An entry's bytes, refusing one that unpacks beyond the limits (a zip bomb); null after an error.
     * The bounds hold while it inflates and do not trust the entry's header: a streamed entry (data
     * descriptor) states no sizes, and a forged header any. Its packed size is what was read from the
     * file meanwhile.
     */
    private byte[] unpack(ZipInputStream z, ZipEntry e, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long start = packed.count();
        long total = 0;
        int n;
        while ((n = z.read(buffer)) > 0) {
            total += n;
            inflated += n;
            long read = packed.count() - start;
            if (inflated > limits.maxInflatedBytes()) {
                issues.add(ImportIssue.error(CellRef.file(name), ImportText.ZIP_TOO_LARGE_UNPACKED,
                        ImportLimits.size(limits.maxInflatedBytes()), ImportLimits.size(inflated)));
                return null;
            }
            boolean tooBig = total > limits.maxEntryBytes();
            boolean ratio = total > (1 << 20) && read < total * limits.minInflateRatio();
            if (tooBig || ratio) {
                issues.add(ImportIssue.error(CellRef.file(name), ImportText.ZIP_BOMB, ""));
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Counts the bytes read through it. */
    private static final class CountingInputStream extends java.io.FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }

    static Optional<FileSpec> spec(String fileName) {
        return DataFormat.FILES.stream().filter(f -> f.fileName().equalsIgnoreCase(fileName)).findFirst();
    }

    private void readSet(List<CsvFile> files, String setName) {
        Map<FileSpec, CsvFile> bySpec = new LinkedHashMap<>();
        for (CsvFile f : files) {
            Optional<FileSpec> spec = spec(f.fileName());
            if (spec.isEmpty()) {
                issues.add(ImportIssue.error(CellRef.file(f.name()), ImportText.CSV_NOT_A_DATA_FILE, f.fileName(), ALL_FILES));
            } else if (bySpec.containsKey(spec.get())) {
                issues.add(ImportIssue.error(CellRef.file(f.name()), ImportText.CSV_FILE_TWICE, spec.get().fileName()));
            } else {
                bySpec.put(spec.get(), f);
            }
        }
        for (FileSpec spec : DataFormat.FILES) {
            if (!bySpec.containsKey(spec)) {
                issues.add(ImportIssue.error(CellRef.file(setName), ImportText.CSV_FILE_MISSING, spec.fileName()));
            }
        }
        bySpec.forEach(this::readFile);
    }

    private void readFile(FileSpec spec, CsvFile f) {
        if (f.bytes().length == 0) {
            issues.add(ImportIssue.error(CellRef.file(f.name()), ImportText.FILE_EMPTY));
            return;
        }
        TextDecoding.Decoded text = TextDecoding.decode(f.bytes());
        if (text.gb18030()) {
            issues.add(ImportIssue.note(CellRef.file(f.name()), ImportText.NOTE_GB18030));
        }
        if (text.bom()) {
            issues.add(ImportIssue.note(CellRef.file(f.name()), ImportText.NOTE_BOM));
        }
        try (CSVParser parser = CSVFormat.RFC4180.builder().get().parse(new StringReader(text.text()))) {
            var it = parser.iterator();
            if (!it.hasNext()) {
                issues.add(ImportIssue.error(CellRef.file(f.name()), ImportText.FILE_EMPTY));
                return;
            }
            List<String> header = new ArrayList<>();
            for (String col : it.next()) {
                header.add(col.replace("\uFEFF", "").strip());
            }
            if (!checkHeader(spec, f.name(), header)) {
                return;
            }
            int row = 0;
            while (it.hasNext()) {
                CSVRecord record = it.next();
                row++;
                if (row > limits.maxRows()) {
                    issues.add(ImportIssue.error(CellRef.file(f.name()), ImportText.CSV_TOO_MANY_ROWS, Integer.toString(limits.maxRows())));
                    return;
                }
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                DataRow.Builder values = DataRow.builder();
                for (int c = 0; c < header.size() && c < record.size(); c++) {
                    values.put(header.get(c), amount(spec, f.name(), row, header.get(c), record.get(c).strip()));
                }
                rows.add(new BatchRow(spec, values.build(), RowOrigin.of(new CellRef(f.name(), null, row, null))));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            issues.add(csvProblem(f.name(), e));
        }
    }

    /**
     * A money value written otherwise than the format writes it ("1,234.56", "516.66万元") read as the
     * amount, with a note quoting what was written; anything else passed on as written for the loader to check.
     */
    private String amount(FileSpec spec, String file, int row, String column, String value) {
        var type = spec.column(column).map(com.perfdash.ingest.ColumnSpec::type).orElse(null);
        if (type != com.perfdash.ingest.ColumnType.MONEY || value.isEmpty()) {
            return value;
        }
        Amounts.Amount a = Amounts.parse(value);
        if (!a.ok() || a.value() == null || !a.rewritten()) {
            return value;
        }
        String read = a.value().toPlainString();
        issues.add(ImportIssue.note(new CellRef(file, null, row, column), ImportText.NOTE_AMOUNT_READ, value, read));
        return read;
    }

    private static final java.util.regex.Pattern STARTLINE = java.util.regex.Pattern.compile("\\(startline (\\d+)\\)");

    /**
     * What commons-csv's failure means for the clerk. Its text ("(startline 3) EOF reached before
     * encapsulated token finished") names a line of the file: the data row is that line less the
     * header's (exact unless a value above spans lines).
     */
    static ImportIssue csvProblem(String file, Exception e) {
        String m = String.valueOf(e.getMessage());
        java.util.regex.Matcher start = STARTLINE.matcher(m);
        if (start.find()) {
            int line = Integer.parseInt(start.group(1));
            return ImportIssue.error(new CellRef(file, null, Math.max(1, line - 1), null), ImportText.CSV_UNCLOSED_QUOTE,
                    Integer.toString(line));
        }
        if (m.contains("invalid char between encapsulated token and delimiter")) {
            return ImportIssue.error(CellRef.file(file), ImportText.CSV_TEXT_AFTER_QUOTE);
        }
        return ImportIssue.error(CellRef.file(file), ImportText.CSV_INVALID, m);
    }

    private boolean checkHeader(FileSpec spec, String name, List<String> header) {
        boolean ok = true;
        Set<String> seen = new LinkedHashSet<>();
        for (String col : header) {
            if (!seen.add(col)) {
                issues.add(ImportIssue.error(new CellRef(name, null, null, col), ImportText.CSV_COLUMN_TWICE));
                ok = false;
            } else if (spec.column(col).isEmpty()) {
                issues.add(ImportIssue.error(new CellRef(name, null, null, col), ImportText.CSV_COLUMN_UNKNOWN));
                ok = false;
            }
        }
        for (ColumnSpec c : spec.columns()) {
            if (c.required() && !header.contains(c.name())) {
                issues.add(ImportIssue.error(new CellRef(name, null, null, c.name()), ImportText.CSV_COLUMN_MISSING));
                ok = false;
            }
        }
        return ok;
    }
}
