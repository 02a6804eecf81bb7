package com.perfdash.review;

import com.perfdash.TestDatabase;
import com.perfdash.ingest.DataFormat;
import com.perfdash.ingest.FileSpec;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A large data set for timing the checks: the seed report repeated for many units and years, with
 * every seventh report's project table executed at 85 % (still stated as 100 %) and every eleventh with a
 * project budget in 元, so that the checks have work of every kind. Narrative texts are kept short.
 */
final class SyntheticDistrict {

    private SyntheticDistrict() {
    }

    static void write(Path dataDir, int units, int years) {
        try {
            Path set = Files.createDirectories(dataDir.resolve("district"));
            for (FileSpec spec : DataFormat.FILES) {
                List<CSVRecord> rows;
                List<String> header;
                try (Reader in = Files.newBufferedReader(TestDatabase.SEED.resolve(spec.fileName()), StandardCharsets.UTF_8);
                     CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                    header = p.getHeaderNames();
                    rows = p.getRecords();
                }
                try (Writer out = Files.newBufferedWriter(set.resolve(spec.fileName()), StandardCharsets.UTF_8);
                     CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get().print(out)) {
                    for (int u = 0; u < units; u++) {
                        String unit = "syn-" + u;
                        for (int y = 0; y < (spec == DataFormat.UNITS ? 1 : years); y++) {
                            int n = u * years + y;
                            for (CSVRecord r : rows) {
                                Map<String, String> row = r.toMap();
                                row.put("unit_code", unit);
                                if (row.containsKey("unit_name")) {
                                    row.put("unit_name", "合成单位 " + u);
                                }
                                if (row.containsKey("fiscal_year")) {
                                    row.put("fiscal_year", String.valueOf(2016 + y));
                                }
                                vary(spec, row, n);
                                List<String> values = new ArrayList<>();
                                header.forEach(c -> values.add(row.get(c)));
                                printer.printRecord(values);
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void vary(FileSpec spec, Map<String, String> row, int n) {
        if (spec == DataFormat.REPORT_TEXTS && row.get("body").length() > 200) {
            row.put("body", row.get("body").substring(0, 200));
        }
        if (spec == DataFormat.FUNDS_ROWS && n % 7 == 3 && "total".equals(row.get("row_kind")) && "1".equals(row.get("table_no"))) {
            row.put("executed", new BigDecimal(row.get("executed")).multiply(new BigDecimal("0.85"))
                    .setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
        }
        if (spec == DataFormat.PROJECTS && n % 11 == 5 && "3".equals(row.get("seq"))) {
            row.put("budget", "45000");
        }
    }
}
