package com.perfdash.importer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Reads the values of one sheet the way a clerk sees them: a cell inside a merged range reads the
 * range's value; a formula reads its saved result (noted); numbers may be numeric cells or text
 * ("516.66", "100%"). Every value that cannot be read becomes an error naming the file, sheet,
 * Excel row and column (letter and header).
 */
final class SheetCells {

    private static final Pattern NUMBER = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal NOISE = new BigDecimal("0.000001");

    private final XSSFSheet sheet;
    private final String file;
    private final List<ImportIssue> issues;
    private final Set<CellRef> noted;
    private final Map<Long, CellRangeAddress> merged = new HashMap<>();
    private final DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);

    SheetCells(XSSFSheet sheet, String file, List<ImportIssue> issues, Set<CellRef> noted) {
        this.sheet = sheet;
        this.file = file;
        this.issues = issues;
        this.noted = noted;
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
                for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) {
                    merged.put(key(r, c), range);
                }
            }
        }
    }

    private static long key(int row, int col) {
        return ((long) row << 16) | col;
    }

    String name() {
        return sheet.getSheetName();
    }

    /** Rows in the sheet: one past the last row with content (0-based). */
    int rowCount() {
        return sheet.getLastRowNum() + 1;
    }

    CellRef where(int row, int col, String header) {
        String letter = CellReference.convertNumToColString(col);
        return new CellRef(file, sheet.getSheetName(), row + 1, header == null || header.isEmpty() ? letter : letter + " " + header);
    }

    CellRef whereRow(int row) {
        return new CellRef(file, sheet.getSheetName(), row + 1, null);
    }

    void error(CellRef where, ImportText text, String... args) {
        issues.add(ImportIssue.error(where, text, args));
    }

    /** The last column of the merged range holding (row, col), or col itself. */
    int lastColumnOf(int row, int col) {
        CellRangeAddress range = merged.get(key(row, col));
        return range == null ? col : range.getLastColumn();
    }

    /** The first row of the merged range holding (row, col), or row itself: which cell a value comes from. */
    long sourceOf(int row, int col) {
        CellRangeAddress range = merged.get(key(row, col));
        return range == null ? key(row, col) : key(range.getFirstRow(), range.getFirstColumn());
    }

    private Cell cell(int row, int col) {
        CellRangeAddress range = merged.get(key(row, col));
        int r = range == null ? row : range.getFirstRow();
        int c = range == null ? col : range.getFirstColumn();
        Row xr = sheet.getRow(r);
        return xr == null ? null : xr.getCell(c);
    }

    /** The text of a label cell for finding the layout: no notes, no errors; "" when blank. */
    String label(int row, int col) {
        Cell c = cell(row, col);
        if (c == null) {
            return "";
        }
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (type) {
            case STRING -> c.getStringCellValue();
            case NUMERIC -> formatter.formatCellValue(c);
            default -> "";
        };
    }

    /** The first physical cell at or below {@code fromRow} whose label matches, scanning row by row; null when none. */
    int[] find(int fromRow, Predicate<String> normalizedLabel) {
        for (int r = Math.max(0, fromRow); r < rowCount(); r++) {
            Row xr = sheet.getRow(r);
            if (xr == null) {
                continue;
            }
            for (Cell c : xr) {
                if (normalizedLabel.test(WorkbookLayout.normalize(label(r, c.getColumnIndex())))) {
                    return new int[] {r, c.getColumnIndex()};
                }
            }
        }
        return null;
    }

    /** The column in {@code row} whose label matches, or -1. */
    int findInRow(int row, Predicate<String> rawLabel) {
        Row xr = sheet.getRow(row);
        if (xr == null) {
            return -1;
        }
        for (Cell c : xr) {
            if (rawLabel.test(label(row, c.getColumnIndex()))) {
                return c.getColumnIndex();
            }
        }
        return -1;
    }

    // ---- values

    /** A cell's value as read: a string or a number (with whether it is formatted as a percentage); null when blank. */
    private record Raw(String text, Double number, boolean percentFormat) {
    }

    private Raw raw(int row, int col, String header) {
        Cell c = cell(row, col);
        if (c == null) {
            return null;
        }
        CellType type = c.getCellType();
        String formula = null;
        if (type == CellType.FORMULA) {
            formula = "=" + c.getCellFormula();
            if (c instanceof XSSFCell x && !x.getCTCell().isSetV()) {
                error(where(row, col, header), ImportText.FORMULA_NOT_CALCULATED, formula);
                return null;
            }
            type = c.getCachedFormulaResultType();
        }
        Raw raw = switch (type) {
            case STRING -> {
                String s = c.getStringCellValue().replace("\r\n", "\n").replace('\r', '\n').strip();
                yield s.isEmpty() ? null : new Raw(s, null, false);
            }
            case NUMERIC -> new Raw(null, c.getNumericCellValue(), c.getCellStyle().getDataFormatString().contains("%"));
            case BOOLEAN -> new Raw(c.getBooleanCellValue() ? "TRUE" : "FALSE", null, false);
            case ERROR -> {
                error(where(row, col, header), ImportText.FORMULA_ERROR, formula == null ? "" : formula,
                        FormulaError.forInt(c.getErrorCellValue()).getString());
                yield null;
            }
            default -> null;
        };
        if (formula != null && raw != null) {
            CellRef at = where(row, col, header);
            if (noted.add(at)) {
                issues.add(ImportIssue.note(at, ImportText.NOTE_FORMULA, formula, display(c, raw)));
            }
        }
        return raw;
    }

    private String display(Cell c, Raw raw) {
        if (raw.text() != null) {
            return raw.text();
        }
        return formatter.formatRawCellContents(raw.number(), c.getCellStyle().getDataFormat(), c.getCellStyle().getDataFormatString());
    }

    /** Text as the clerk sees it (a number as formatted: "95%", "4"); null when blank. */
    String text(int row, int col, String header) {
        Raw raw = raw(row, col, header);
        if (raw == null) {
            return null;
        }
        if (raw.text() != null) {
            return raw.text();
        }
        String shown = display(cell(row, col), raw).strip();
        return shown.isEmpty() ? null : shown;
    }

    /** An amount in 万元, at most two decimals, as the data format writes it; null when blank or wrong (error recorded). */
    String money(int row, int col, String header, boolean signed) {
        Raw raw = raw(row, col, header);
        if (raw == null) {
            return null;
        }
        BigDecimal v = decimal(raw, "万元", "万");
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
        BigDecimal v = decimal(raw, "分");
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
            v = exact(BigDecimal.valueOf(raw.number()).multiply(raw.percentFormat() ? HUNDRED : BigDecimal.ONE));
        } else {
            v = decimal(raw, "%", "％");
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
        BigDecimal v = decimal(raw, "年");
        if (v == null || v.stripTrailingZeros().scale() > 0 || v.abs().compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            error(where(row, col, header), wrong, shown(row, col, raw));
            return null;
        }
        return v.intValueExact();
    }

    private String shown(int row, int col, Raw raw) {
        return raw.text() != null ? raw.text() : display(cell(row, col), raw);
    }

    /** A number with at most two decimals from a numeric cell or a text, or null. */
    private static BigDecimal decimal(Raw raw, String... suffixes) {
        if (raw.number() != null) {
            if (raw.number().isNaN() || raw.number().isInfinite()) {
                return null;
            }
            return exact(BigDecimal.valueOf(raw.number()));
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
        return v.stripTrailingZeros().scale() > 2 ? null : v;
    }

    /** Two decimals at most; a binary-floating-point neighbour (516.6600000001) counts as its decimal. */
    private static BigDecimal exact(BigDecimal v) {
        BigDecimal rounded = v.setScale(2, RoundingMode.HALF_UP);
        return v.subtract(rounded).abs().compareTo(NOISE) <= 0 ? rounded : null;
    }

    static String plain(BigDecimal v) {
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }
}
