package com.perfdash.importer;

import com.perfdash.importer.recognize.Recognition;
import com.perfdash.ingest.ColumnSpec;
import com.perfdash.ingest.ColumnType;
import com.perfdash.ingest.DataFormat;
import com.perfdash.ingest.FileSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of a recognized file, each beside its source ({@link ReadFigure}), and the file's rows with the
 * clerk's corrections ({@link FigureCheck}) put in: every money, points and percent column of the reports,
 * listed projects, 自评表, funds rows and indicators (a level-1 cap is its table's, repeated on every row, and
 * not a figure of its own).
 */
final class RecognizedFigures {

    private static final List<FileSpec> SPECS = List.of(DataFormat.REPORTS, DataFormat.PROJECTS, DataFormat.EVAL_TABLES,
            DataFormat.FUNDS_ROWS, DataFormat.INDICATORS);

    /** What the preview shows of a file, and its rows as they go into the batch. */
    record Read(ReadFile file, SourceRows rows) {
    }

    private RecognizedFigures() {
    }

    static Read read(Recognition recognition, String format, List<FigureCheck> checks) {
        Map<String, FigureCheck> byId = new HashMap<>();
        for (FigureCheck c : checks) {
            if (c.file().equals(recognition.file())) {
                byId.put(c.figureId(), c);
            }
        }
        Map<FileSpec, Integer> seen = new HashMap<>();
        Map<String, String> unitNames = new LinkedHashMap<>();
        List<ReadFigure> figures = new ArrayList<>();
        List<BatchRow> rows = new ArrayList<>();
        for (BatchRow b : recognition.rows()) {
            if (b.spec() == DataFormat.UNITS && b.row().get("unit_code") != null && b.row().get("unit_name") != null) {
                unitNames.put(b.row().get("unit_code"), b.row().get("unit_name"));
            }
            if (!SPECS.contains(b.spec())) {
                rows.add(b);
                continue;
            }
            int index = seen.merge(b.spec(), 1, Integer::sum);
            Map<String, String> values = new LinkedHashMap<>(b.row().values());
            DataRow row = b.row();
            boolean changed = false;
            for (ColumnSpec column : b.spec().columns()) {
                if (!figure(column) || row.get(column.name()) == null && !b.origin().columns().containsKey(column.name())) {
                    continue;
                }
                String id = b.spec().fileName() + "#" + index + ":" + column.name();
                FigureCheck check = byId.get(id);
                String value = row.get(column.name());
                if (check != null) {
                    value = check.value();
                    values.put(column.name(), value);
                    changed = true;
                }
                figures.add(new ReadFigure(id, row.get("unit_code"), row.get("fiscal_year"), tableNo(b), rowLabel(b),
                        column.name(), column.type(), value, b.origin().cell(column.name()),
                        b.origin().doubtful().contains(column.name()), check));
            }
            rows.add(changed ? new BatchRow(b.spec(), new DataRow(values), b.origin()) : b);
        }
        ReadFile file = new ReadFile(recognition.file(), recognition.layout(), unitNames, figures, recognition.synonyms(),
                recognition.schemes(), recognition.unread());
        return new Read(file, new SourceRows(format, rows, recognition.issues()));
    }

    private static boolean figure(ColumnSpec column) {
        return (column.type() == ColumnType.MONEY || column.type() == ColumnType.POINTS || column.type() == ColumnType.PERCENT)
                && !column.name().equals("level1_cap");
    }

    private static Integer tableNo(BatchRow b) {
        if (b.spec() == DataFormat.REPORTS || b.spec() == DataFormat.PROJECTS) {
            return null;
        }
        String no = b.row().get("table_no");
        return no == null ? null : Integer.valueOf(no);
    }

    private static String rowLabel(BatchRow b) {
        DataRow r = b.row();
        if (b.spec() == DataFormat.PROJECTS) {
            return r.get("project_name");
        }
        if (b.spec() == DataFormat.FUNDS_ROWS) {
            return r.get("row_label") != null ? r.get("row_label") : r.get("row_kind");
        }
        if (b.spec() == DataFormat.INDICATORS) {
            return r.get("level3");
        }
        return null;
    }
}
