package com.perfdash.importer.grid;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table of a source document as a logical grid: every grid position is covered by at most one cell
 * (a merged cell covers several); positions no cell covers are empty. A Word table with
 * {@code gridSpan}/{@code vMerge}, an HTML table with {@code colspan}/{@code rowspan}, a sheet's merged
 * regions and a PDF's ruled boxes all become the same shape.
 *
 * @param name  what a clerk calls this table in the file: the sheet name, "表格 2", "第 3 页 表格 1"
 * @param cells the anchor cells, in reading order (by row, then column)
 */
public record Grid(String name, List<GridCell> cells) {

    public Grid {
        List<GridCell> sorted = new ArrayList<>(cells);
        sorted.sort((a, b) -> a.row() != b.row() ? Integer.compare(a.row(), b.row()) : Integer.compare(a.column(), b.column()));
        cells = Collections.unmodifiableList(sorted);
    }

    /** Grid rows: one past the last row any cell covers. */
    public int rowCount() {
        return cells.stream().mapToInt(c -> c.lastRow() + 1).max().orElse(0);
    }

    /** Grid columns: one past the last column any cell covers. */
    public int columnCount() {
        return cells.stream().mapToInt(c -> c.lastColumn() + 1).max().orElse(0);
    }

    /** The cell covering (row, column) — the merged cell's anchor when merged — or null when none does. */
    public GridCell at(int row, int column) {
        for (GridCell c : cells) {
            if (c.row() > row) {
                break;
            }
            if (c.covers(row, column)) {
                return c;
            }
        }
        return null;
    }

    /** The text shown at (row, column), "" where nothing is. */
    public String text(int row, int column) {
        GridCell c = at(row, column);
        return c == null ? "" : c.text();
    }

    /** The anchor cells whose top edge is on {@code row}, left to right. */
    public List<GridCell> row(int row) {
        return cells.stream().filter(c -> c.row() == row).toList();
    }
}
