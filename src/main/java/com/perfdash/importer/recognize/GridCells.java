package com.perfdash.importer.recognize;

import com.perfdash.importer.CellRef;
import com.perfdash.importer.ImportIssue;
import com.perfdash.importer.ImportText;
import com.perfdash.importer.WorkbookLayout;
import com.perfdash.importer.grid.Grid;
import com.perfdash.importer.grid.GridCell;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads the values of one sheet the way a clerk sees them: a cell inside a merged range reads the
 * range's value; a formula reads its saved result (noted); numbers may be numeric cells or text
 * ("516.66", "100%"). Every value that cannot be read becomes an error naming the file, sheet,
 * Excel row and column (letter and header).
 */
public final class GridCells {

    /** A plain decimal number as a cell or a report may write it: "516.66", "+5", ".5", "10.". */
    static final Pattern NUMBER = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal NOISE = new BigDecimal("0.000001");
    /** An amount's decimals at most, as the data format keeps them (ColumnType.MONEY). */
    private static final int MONEY_DECIMALS = 4;

    private final Grid grid;
    private final String file;
    private final boolean spreadsheet;
    private final List<ImportIssue> issues;
    private final Set<CellRef> noted;
    private final int rows;
    private final int columns;
    /** The cells the recognizer read (a value, a label, a header it mapped): the others are left unread. */
    private final Set<GridCell> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    GridCells(Grid grid, String file, boolean spreadsheet, List<ImportIssue> issues, Set<CellRef> noted) {
        this.grid = grid;
        this.file = file;
        this.spreadsheet = spreadsheet;
        this.issues = issues;
        this.noted = noted;
        this.rows = grid.rowCount();
        this.columns = grid.columnCount();
    }

    Grid grid() {
        return grid;
    }

    String name() {
        return grid.name();
    }

    /** Rows in the grid: one past the last row with content (0-based). */
    int rowCount() {
        return rows;
    }

    int columnCount() {
        return columns;
    }

    /**
     * Where (row, col) is, for messages: in a workbook the Excel row and the column letter (and header);
     * in a document the source of the cell covering it.
     */
    CellRef where(int row, int col, String header) {
        use(grid.at(row, col));
        String h = header == null || header.isEmpty() ? "" : " " + header;
        GridCell c = spreadsheet ? null : grid.at(row, col);
        if (c != null) {
            String column = c.source().column();
            return c.source().withColumn(column == null ? (h.isEmpty() ? null : h.strip()) : column + h);
        }
        String letter = org.apache.poi.ss.util.CellReference.convertNumToColString(col);
        return new CellRef(file, grid.name(), row + 1, letter + h);
    }

    /** Marks a cell as read (null: nothing). */
    void use(GridCell cell) {
        if (cell != null) {
            used.add(cell);
        }
    }

    /** Whether the recognizer read the cell. */
    boolean used(GridCell cell) {
        return used.contains(cell);
    }

    CellRef whereRow(int row) {
        GridCell c = spreadsheet ? null : grid.row(row).stream().findFirst().orElse(null);
        if (c != null) {
            return c.source().withColumn(null);
        }
        return new CellRef(file, grid.name(), row + 1, null);
    }

    void error(CellRef where, ImportText text, String... args) {
        issues.add(ImportIssue.error(where, text, args));
    }

    /** The last column of the merged cell holding (row, col), or col itself. */
    int lastColumnOf(int row, int col) {
        GridCell c = grid.at(row, col);
        return c == null ? col : c.lastColumn();
    }

    private GridCell cell(int row, int col) {
        return grid.at(row, col);
    }

    /** The text of a label cell for finding the layout: no notes, no errors; "" when blank. */
    String label(int row, int col) {
        GridCell c = cell(row, col);
        if (c == null || (c.formula() != null && (!c.formula().saved() || c.formula().error() != null))) {
            return "";
        }
        return c.text();
    }

    /** The first cell at or below {@code fromRow} whose label matches, scanning row by row; null when none. */
    int[] find(int fromRow, Predicate<String> normalizedLabel) {
        for (int r = Math.max(0, fromRow); r < rowCount(); r++) {
            for (GridCell c : grid.row(r)) {
                if (normalizedLabel.test(WorkbookLayout.normalize(label(r, c.column())))) {
                    return new int[] {r, c.column()};
                }
            }
        }
        return null;
    }

    /** The column in {@code row} whose label matches, or -1. */
    int findInRow(int row, Predicate<String> rawLabel) {
        for (int c = 0; c < columns; c++) {
            GridCell cell = cell(row, c);
            if (cell != null && rawLabel.test(label(row, c))) {
                return c;
            }
        }
        return -1;
    }

    // ---- values

    /** A cell's value as read: a string or a number (with whether it is shown as a percentage); null when blank. */
    private record Raw(String text, BigDecimal number, boolean percentFormat, String shown) {
    }

    private Raw raw(int row, int col, String header) {
        GridCell c = cell(row, col);
        if (c == null) {
            return null;
        }
        String formula = null;
        if (c.formula() != null) {
            formula = c.formula().expression();
            if (!c.formula().saved()) {
                error(where(row, col, header), ImportText.FORMULA_NOT_CALCULATED, formula);
                return null;
            }
            if (c.formula().error() != null) {
                error(where(row, col, header), ImportText.FORMULA_ERROR, formula, c.formula().error());
                return null;
            }
        }
        Raw raw;
        if (c.value() != null) {
            raw = new Raw(null, c.value(), c.text().strip().endsWith("%"), c.text().strip());
        } else {
            String s = c.text().replace("\r\n", "\n").replace('\r', '\n').strip();
            raw = s.isEmpty() ? null : new Raw(s, null, false, s);
        }
        if (formula != null && raw != null) {
            CellRef at = where(row, col, header);
            if (noted.add(at)) {
                issues.add(ImportIssue.note(at, ImportText.NOTE_FORMULA, formula, raw.shown()));
            }
        }
        return raw;
    }

    /** Text as the clerk sees it (a number as shown: "95%", "4"); null when blank. */
    String text(int row, int col, String header) {
        Raw raw = raw(row, col, header);
        if (raw == null) {
            return null;
        }
        if (raw.text() != null) {
            return raw.text();
        }
        return raw.shown().isEmpty() ? plain(raw.number()) : raw.shown();
    }
    /** An amount in 万元 as stated, at most four decimals (89.974); null when blank or wrong (error recorded). */
    String money(int row, int col, String header, boolean signed) {
        Raw raw = raw(row, col, header);
        if (raw == null) {
            return null;
        }
        BigDecimal v = decimal(raw, MONEY_DECIMALS, "万元", "万");
        if (v == null) {
            error(where(row, col, header), ImportText.NOT_MONEY, shown(row, col, raw));
            return null;
        }
        if (v.signum() < 0 && !signed) {
            error(where(row, col, header), ImportText.NEGATIVE_MONEY, plain(v));
            return null;
        }
        return plain(v);
    }

    /** Points (a weight or score), at most two decimals; null when blank or wrong (error recorded). */
    String points(int row, int col, String header) {
        Raw raw = raw(row, col, header);
        if (raw == null) {
            return null;
        }
        BigDecimal v = decimal(raw, 2, "分");
        if (v == null) {
            error(where(row, col, header), ImportText.NOT_POINTS, shown(row, col, raw));
            return null;
        }
        if (v.signum() < 0) {
            error(where(row, col, header), ImportText.NEGATIVE_POINTS, plain(v));
            return null;
        }
        return plain(v);
    }

    /** A percent value (100 = 100 %): a cell formatted as percentage, "100%", or a plain 100. */
    String percent(int row, int col, String header) {
        Raw raw = raw(row, col, header);
        if (raw == null) {
            return null;
        }
        BigDecimal v;
        if (raw.number() != null) {
            v = exact(raw.number().multiply(raw.percentFormat() ? HUNDRED : BigDecimal.ONE), 2);
        } else {
            v = decimal(raw, 2, "%", "％");
        }
        if (v == null || v.signum() < 0) {
            error(where(row, col, header), ImportText.NOT_PERCENT, shown(row, col, raw));
            return null;
        }
        return plain(v);
    }

    /** A whole number (a year may be written "2020年"); null when blank or wrong (error recorded with {@code wrong}). */
    Integer integer(int row, int col, String header, ImportText wrong) {
        Raw raw = raw(row, col, header);
        if (raw == null) {
            return null;
        }
        BigDecimal v = decimal(raw, 2, "年");
        if (v == null || v.stripTrailingZeros().scale() > 0 || v.abs().compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            error(where(row, col, header), wrong, shown(row, col, raw));
            return null;
        }
        return v.intValueExact();
    }

    /** What a message quotes: the text as written, or the cell's exact number (89.974, not its display 89.97). */
    private static String shown(int row, int col, Raw raw) {
        return raw.text() != null ? raw.text() : raw.number().stripTrailingZeros().toPlainString();
    }

    /** A number with at most {@code decimals} decimals from a numeric cell or a text, or null. */
    private static BigDecimal decimal(Raw raw, int decimals, String... suffixes) {
        if (raw.number() != null) {
            return exact(raw.number(), decimals);
        }
        String s = raw.text().replaceAll("[\\s\\u3000,]", "");
        for (String suffix : suffixes) {
            if (s.endsWith(suffix)) {
                s = s.substring(0, s.length() - suffix.length());
                break;
            }
        }
        if (!NUMBER.matcher(s).matches()) {
            return null;
        }
        BigDecimal v = new BigDecimal(s.startsWith("+") ? s.substring(1) : s);
        return v.stripTrailingZeros().scale() > decimals ? null : v;
    }

    /** {@code decimals} decimals at most; a binary-floating-point neighbour (516.6600000001) counts as its decimal. */
    private static BigDecimal exact(BigDecimal v, int decimals) {
        BigDecimal rounded = v.setScale(decimals, RoundingMode.HALF_UP);
        return v.subtract(rounded).abs().compareTo(NOISE) <= 0 ? rounded : null;
    }

    public static String plain(BigDecimal v) {
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }
}
