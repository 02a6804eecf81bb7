package com.perfdash.importer.recognize;

import com.perfdash.importer.CellRef;
import com.perfdash.importer.DataRow;
import java.util.HashMap;
import java.util.Map;

/**
 * The eval_tables.csv row of one 自评表 sheet while its blocks are read: the head, the funds block and the
 * 总分 row each state some of its columns, each value with its cell. A cell is kept even where the value is
 * blank, so that a later message (a required 专项名称) can name it.
 */
final class TableRow {

    private final DataRow.Builder values;
    private final Map<String, CellRef> cells = new HashMap<>();

    TableRow(DataRow.Builder values) {
        this.values = values;
    }

    /** States {@code column} (nothing when {@code value} is null or empty) and where it stands. */
    void put(String column, String value, CellRef at) {
        values.put(column, value);
        cells.put(column, at);
    }

    /** The row as read so far. */
    DataRow build() {
        return values.build();
    }

    /** The cell of each column. */
    Map<String, CellRef> cells() {
        return cells;
    }
}
