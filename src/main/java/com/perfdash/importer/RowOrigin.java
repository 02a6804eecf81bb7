package com.perfdash.importer;

import java.util.Map;

/**
 * Where the values of one row of an import batch came from, so that a problem the loader finds in
 * the batch names the uploaded file, sheet, row and column instead.
 *
 * @param row     the row as a whole (the cell of its first value)
 * @param columns  where each column's value is, when it differs from {@code row} (a workbook's
 *                 key-value sheet keeps every field in its own row)
 * @param doubtful the columns read with low confidence (a sentence parsed loosely, a column whose header
 *                 was matched only in part): the clerk is asked to confirm them in the preview
 */
public record RowOrigin(CellRef row, Map<String, CellRef> columns, java.util.Set<String> doubtful) {

    public RowOrigin {
        columns = Map.copyOf(columns);
        doubtful = java.util.Set.copyOf(doubtful);
    }

    public RowOrigin(CellRef row, Map<String, CellRef> columns) {
        this(row, columns, java.util.Set.of());
    }

    public static RowOrigin of(CellRef row) {
        return new RowOrigin(row, Map.of());
    }

    /** The cell holding {@code column}; the row's own location (without a column) when not known. */
    public CellRef cell(String column) {
        CellRef c = columns.get(column);
        return c != null ? c : row.withColumn(row.sheet() == null ? column : row.column());
    }
}
