package com.perfdash.importer;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The provenance an import batch keeps of every figure it read from a workbook or document
 * ({@value #FILE} in the batch folder, beside the originals): the report, the figure, the value that went
 * in, the file and the place in it (sheet, table or page; row; column or paragraph), whether it was read
 * with low confidence, and a clerk's correction in the preview with the value read, who and when.
 */
final class FigureSources {

    static final String FILE = "sources.csv";
    static final List<String> COLUMNS = List.of("file_name", "unit_code", "fiscal_year", "table_no", "figure", "figure_id",
            "value", "part", "row", "column", "low_confidence", "read_value", "corrected_by", "corrected_at");

    private FigureSources() {
    }

    /** Writes the figures of the files named in {@code ready} (the files the batch imports). */
    static void write(Path batch, List<ReadFile> read, Collection<String> ready) throws IOException {
        if (read.stream().noneMatch(r -> ready.contains(r.file()))) {
            return;
        }
        try (Writer w = Files.newBufferedWriter(batch.resolve(FILE), StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get())) {
            for (ReadFile r : read) {
                if (!ready.contains(r.file())) {
                    continue;
                }
                for (ReadFigure f : r.figures()) {
                    FigureCheck c = f.check();
                    out.printRecord(r.file(), f.unitCode(), f.fiscalYear(), f.tableNo(), f.label(Locale.CHINESE), f.id(),
                            f.value(), f.where().sheet(), f.where().row(), f.where().column(), f.doubtful(),
                            c == null ? null : c.readValue(), c == null ? null : c.by(), c == null ? null : c.at());
                }
            }
        }
    }
}
