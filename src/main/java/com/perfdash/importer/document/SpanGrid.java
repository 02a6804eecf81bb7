package com.perfdash.importer.document;

import com.perfdash.importer.CellRef;
import com.perfdash.importer.grid.Grid;
import com.perfdash.importer.grid.GridCell;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays out cells given as rows of (rowspan, colspan, text) the way a browser lays out an HTML table:
 * each cell takes the first grid column of its row not already covered by a cell from a row above.
 * Used for web pages, whose tables state their merges as spans.
 */
final class SpanGrid {

    private final String file;
    private final String name;
    private final List<GridCell> cells = new ArrayList<>();
    /** (row, column) positions already covered by a cell anchored above or to the left. */
    private final Map<Long, Boolean> taken = new HashMap<>();
    private int row = -1;
    private int column;

    SpanGrid(String file, String name) {
        this.file = file;
        this.name = name;
    }

    void newRow() {
        row++;
        column = 0;
    }

    void cell(int rowSpan, int colSpan, String text) {
        while (taken.containsKey(key(row, column))) {
            column++;
        }
        int rs = Math.max(1, rowSpan);
        int cs = Math.max(1, colSpan);
        for (int r = row; r < row + rs; r++) {
            for (int c = column; c < column + cs; c++) {
                taken.put(key(r, c), Boolean.TRUE);
            }
        }
        cells.add(new GridCell(row, column, rs, cs, text, null, CellRef.inDocument(file, name, row + 1, String.valueOf(column + 1))));
        column += cs;
    }

    int rows() {
        return row + 1;
    }

    /** The grid; a rowspan reaching past the table's last row is cut to the rows the table has. */
    Grid build() {
        int last = row;
        List<GridCell> fitted = new ArrayList<>(cells.size());
        for (GridCell c : cells) {
            fitted.add(c.lastRow() <= last ? c
                    : new GridCell(c.row(), c.column(), last - c.row() + 1, c.colSpan(), c.text(), null, c.source()));
        }
        return new Grid(name, fitted);
    }

    private static long key(int r, int c) {
        return ((long) r << 32) | (c & 0xffffffffL);
    }
}
