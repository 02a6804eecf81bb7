package com.perfdash.review;

import com.perfdash.ingest.DataFormat;
import com.perfdash.ingest.FileSpec;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A data set folder copied for one test, edited cell by cell. Every edit must hit at least one row, so
 * a typo in a test fails loudly instead of leaving the data unchanged.
 */
public final class CsvDataSet {

    private final Path folder;

    private CsvDataSet(Path folder) {
        this.folder = folder;
    }

    /** Copies the data files of {@code source} into {@code dataDir/name}. */
    public static CsvDataSet copy(Path source, Path dataDir, String name) {
        Path target = dataDir.resolve(name);
        try {
            Files.createDirectories(target);
            for (FileSpec spec : DataFormat.FILES) {
                // the times too: files left alone since the checkout load at once (DataFolderLoader waits for fresh ones)
                Files.copy(source.resolve(spec.fileName()), target.resolve(spec.fileName()), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CsvDataSet(target);
    }

    /** A row filter: column, value, column, value … */
    public static Map<String, String> where(String... columnValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < columnValues.length; i += 2) {
            m.put(columnValues[i], columnValues[i + 1]);
        }
        return m;
    }

    /** Sets {@code column} to {@code value} ("" = empty) in every row of {@code file} matching {@code where}. */
    public CsvDataSet set(String file, Map<String, String> where, String column, String value) {
        Table t = read(file);
        if (!t.header.contains(column)) {
            throw new IllegalArgumentException(file + " has no column " + column);
        }
        int hits = 0;
        for (Map<String, String> row : t.rows) {
            if (matches(row, where)) {
                row.put(column, value);
                hits++;
            }
        }
        if (hits == 0) {
            throw new IllegalArgumentException("No row of " + file + " matches " + where);
        }
        write(file, t);
        return this;
    }

    /** Sets a column in every row of the file. */
    public CsvDataSet setAll(String file, String column, String value) {
        return set(file, Map.of(), column, value);
    }

    public CsvDataSet add(String file, Map<String, String> row) {
        Table t = read(file);
        Map<String, String> full = new LinkedHashMap<>();
        t.header.forEach(c -> full.put(c, row.getOrDefault(c, "")));
        t.rows.add(full);
        write(file, t);
        return this;
    }

    public CsvDataSet remove(String file, Map<String, String> where) {
        Table t = read(file);
        if (!t.rows.removeIf(r -> matches(r, where))) {
            throw new IllegalArgumentException("No row of " + file + " matches " + where);
        }
        write(file, t);
        return this;
    }

    /** Moves every row of the data set to another unit and year, so that several copies can load together. */
    public CsvDataSet moveTo(String unitCode, String unitName, int fiscalYear) {
        for (FileSpec spec : DataFormat.FILES) {
            Table t = read(spec.fileName());
            for (Map<String, String> row : t.rows) {
                row.put("unit_code", unitCode);
                if (row.containsKey("unit_name")) {
                    row.put("unit_name", unitName);
                }
                if (row.containsKey("fiscal_year")) {
                    row.put("fiscal_year", String.valueOf(fiscalYear));
                }
            }
            write(spec.fileName(), t);
        }
        return this;
    }

    private static boolean matches(Map<String, String> row, Map<String, String> where) {
        return where.entrySet().stream().allMatch(e -> e.getValue().equals(row.get(e.getKey())));
    }

    private record Table(List<String> header, List<Map<String, String>> rows) {
    }

    private Table read(String file) {
        try (Reader in = Files.newBufferedReader(folder.resolve(file), StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                rows.add(new LinkedHashMap<>(r.toMap()));
            }
            return new Table(new ArrayList<>(parser.getHeaderNames()), rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String file, Table t) {
        try (Writer out = Files.newBufferedWriter(folder.resolve(file), StandardCharsets.UTF_8);
             CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(t.header.toArray(String[]::new)).get().print(out)) {
            for (Map<String, String> row : t.rows) {
                printer.printRecord(t.header.stream().map(row::get).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
