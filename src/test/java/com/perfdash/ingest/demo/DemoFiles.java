package com.perfdash.ingest.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The eight files of a generated data set read back with commons-csv, rows as column → value maps. */
final class DemoFiles {

    final List<Map<String, String>> units;
    final List<Map<String, String>> reports;
    final List<Map<String, String>> texts;
    final List<Map<String, String>> projects;
    final List<Map<String, String>> tables;
    final List<Map<String, String>> funds;
    final List<Map<String, String>> goals;
    final List<Map<String, String>> indicators;

    DemoFiles(Path folder) {
        units = read(folder.resolve("units.csv"));
        reports = read(folder.resolve("reports.csv"));
        texts = read(folder.resolve("report_texts.csv"));
        projects = read(folder.resolve("projects.csv"));
        tables = read(folder.resolve("eval_tables.csv"));
        funds = read(folder.resolve("funds_rows.csv"));
        goals = read(folder.resolve("goals.csv"));
        indicators = read(folder.resolve("indicators.csv"));
    }

    static List<Map<String, String>> read(Path file) {
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.RFC4180).setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> row = new LinkedHashMap<>();
                for (String column : parser.getHeaderNames()) {
                    row.put(column, record.get(column));
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code unit_code|fiscal_year}: the key of a report. */
    static String reportKey(Map<String, String> row) {
        return row.get("unit_code") + "|" + row.get("fiscal_year");
    }

    /** {@code unit_code|fiscal_year|table_no}: the key of a table. */
    static String tableKey(Map<String, String> row) {
        return reportKey(row) + "|" + row.get("table_no");
    }
}
