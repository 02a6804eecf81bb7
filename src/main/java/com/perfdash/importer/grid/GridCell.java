package com.perfdash.importer.grid;

import com.perfdash.importer.CellRef;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One cell of a logical grid: its top-left position, how many grid rows and columns it covers, its
 * text and where it is in the source file.
 *
 * @param row     0-based grid row of the cell's top edge
 * @param column  0-based grid column of the cell's left edge
 * @param rowSpan grid rows the cell covers (1 = not merged down)
 * @param colSpan grid columns the cell covers (1 = not merged across)
 * @param text    the text as the document shows it (line breaks inside the cell kept as {@code \n});
 *                "" for an empty cell, never null
 * @param value   the exact number a spreadsheet cell holds (89.974 where the sheet displays "89.97"),
 *                or null: documents (Word, HTML, PDF) hold only text
 * @param source  where the cell is in the file, for messages and provenance (file, sheet / table / page,
 *                row, column)
 * @param formula the spreadsheet formula the cell holds, or null (documents hold none); {@code text} and
 *                {@code value} are then its saved result
 */
public record GridCell(int row, int column, int rowSpan, int colSpan, String text, BigDecimal value, CellRef source,
                       Formula formula) {

    /**
     * A spreadsheet formula: the recognizer uses its saved result and says so, and refuses a formula that
     * was never calculated (no saved result) or whose result is an error.
     *
     * @param expression the formula as written, with its "=": {@code =457.18+59.48}
     * @param saved      whether the file holds a saved result for it
     * @param error      the error value of the saved result ({@code #DIV/0!}), or null
     */
    public record Formula(String expression, boolean saved, String error) {
    }

    /** A cell without a formula (every document cell). */
    public GridCell(int row, int column, int rowSpan, int colSpan, String text, BigDecimal value, CellRef source) {
        this(row, column, rowSpan, colSpan, text, value, source, null);
    }

    public GridCell {
        if (row < 0 || column < 0 || rowSpan < 1 || colSpan < 1) {
            throw new IllegalArgumentException("bad cell geometry " + row + "," + column + " " + rowSpan + "x" + colSpan);
        }
        text = Objects.requireNonNullElse(text, "");
        Objects.requireNonNull(source, "source");
    }

    public static GridCell text(int row, int column, String text, CellRef source) {
        return new GridCell(row, column, 1, 1, text, null, source);
    }

    public int lastRow() {
        return row + rowSpan - 1;
    }

    public int lastColumn() {
        return column + colSpan - 1;
    }

    public boolean covers(int r, int c) {
        return r >= row && r <= lastRow() && c >= column && c <= lastColumn();
    }

    public boolean blank() {
        return text.isBlank() && value == null && formula == null;
    }
}
