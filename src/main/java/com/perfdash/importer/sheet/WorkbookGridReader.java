package com.perfdash.importer.sheet;

import com.perfdash.importer.CellRef;
import com.perfdash.importer.ImportIssue;
import com.perfdash.importer.ImportLimits;
import com.perfdash.importer.ImportText;
import com.perfdash.importer.grid.DocumentReader;
import com.perfdash.importer.grid.Grid;
import com.perfdash.importer.grid.GridCell;
import com.perfdash.importer.grid.SourceDocument;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import com.perfdash.importer.document.FileTypes;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an .xlsx ({@link #XLSX}) or .xls ({@link #XLS}) workbook into one grid per sheet, in sheet order.
 * A cell's grid position is its Excel position (row 0 = Excel row 1, column 0 = A); a merged region is
 * one cell with its spans; its source names the file, the sheet, the Excel row and the column letter.
 * A formula cell carries its formula and its saved result; a formula with no saved result (an empty
 * {@code <v>}, as programs that write formulas without calculating them leave it) is marked unsaved.
 */
public final class WorkbookGridReader implements DocumentReader {

    public static final WorkbookGridReader XLSX = new WorkbookGridReader(false);
    public static final WorkbookGridReader XLS = new WorkbookGridReader(true);

    private static final Logger log = LoggerFactory.getLogger(WorkbookGridReader.class);

    private final boolean hssf;

    private WorkbookGridReader(boolean hssf) {
        this.hssf = hssf;
    }

    @Override
    public SourceDocument read(Path content, String fileName, ImportLimits limits) {
        List<Grid> grids = new ArrayList<>();
        List<ImportIssue> issues = new ArrayList<>();
        String format = hssf ? "xls" : "xlsx";
        try {
            if (hssf) {
                try (POIFSFileSystem fs = new POIFSFileSystem(content.toFile(), true);
                     HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), true)) {
                    readSheets(wb, fileName, limits, grids, issues);
                }
            } else {
                // POI checks these while it unpacks; they are process-wide and the same for every import.
                ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
                ZipSecureFile.setMaxEntrySize(limits.maxEntryBytes());
                try (OPCPackage pkg = OPCPackage.open(content.toFile(), PackageAccess.READ);
                     XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
                    readSheets(wb, fileName, limits, grids, issues);
                }
            }
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException | RuntimeException e) {
            grids.clear();
            if (zipBomb(e)) {
                issues.add(ImportIssue.error(CellRef.file(fileName), ImportText.ZIP_BOMB, ""));
            } else {
                issues.add(ImportIssue.error(CellRef.file(fileName), cannotOpen(content, fileName, e)));
            }
        }
        return new SourceDocument(fileName, format, List.of(), grids, issues);
    }

    private static void readSheets(Workbook wb, String file, ImportLimits limits, List<Grid> grids, List<ImportIssue> issues) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        for (Sheet sheet : wb) {
            int rows = sheet.getLastRowNum() + 1;
            if (rows > limits.maxRows()) {
                issues.add(ImportIssue.error(CellRef.sheet(file, sheet.getSheetName()), ImportText.SHEET_TOO_MANY_ROWS,
                        Integer.toString(rows), Integer.toString(limits.maxRows())));
                grids.add(new Grid(sheet.getSheetName(), List.of()));
                continue;
            }
            grids.add(grid(sheet, file, formatter));
        }
    }

    private static Grid grid(Sheet sheet, String file, DataFormatter formatter) {
        Map<Long, CellRangeAddress> anchors = new HashMap<>();
        Map<Long, Boolean> covered = new HashMap<>();
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            anchors.put(key(range.getFirstRow(), range.getFirstColumn()), range);
            for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
                for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) {
                    if (r != range.getFirstRow() || c != range.getFirstColumn()) {
                        covered.put(key(r, c), true);
                    }
                }
            }
        }
        List<GridCell> cells = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell c : row) {
                long k = key(c.getRowIndex(), c.getColumnIndex());
                if (covered.containsKey(k)) {
                    continue;
                }
                GridCell cell = cell(sheet, file, c, anchors.remove(k), formatter);
                if (cell != null) {
                    cells.add(cell);
                }
            }
        }
        // a merged region whose top-left cell is not stored is still one (empty) cell
        for (CellRangeAddress range : anchors.values()) {
            cells.add(new GridCell(range.getFirstRow(), range.getFirstColumn(), range.getLastRow() - range.getFirstRow() + 1,
                    range.getLastColumn() - range.getFirstColumn() + 1, "", null,
                    where(file, sheet, range.getFirstRow(), range.getFirstColumn())));
        }
        return new Grid(sheet.getSheetName(), cells);
    }

    private static GridCell cell(Sheet sheet, String file, Cell c, CellRangeAddress range, DataFormatter formatter) {
        int rowSpan = range == null ? 1 : range.getLastRow() - range.getFirstRow() + 1;
        int colSpan = range == null ? 1 : range.getLastColumn() - range.getFirstColumn() + 1;
        CellType type = c.getCellType();
        GridCell.Formula formula = null;
        if (type == CellType.FORMULA) {
            String expression = "=" + c.getCellFormula();
            boolean saved = !(c instanceof XSSFCell x) || savedResult(x);
            if (!saved) {
                return new GridCell(c.getRowIndex(), c.getColumnIndex(), rowSpan, colSpan, "", null,
                        where(file, sheet, c.getRowIndex(), c.getColumnIndex()), new GridCell.Formula(expression, false, null));
            }
            type = c.getCachedFormulaResultType();
            String error = type == CellType.ERROR ? FormulaError.forInt(c.getErrorCellValue()).getString() : null;
            formula = new GridCell.Formula(expression, true, error);
        }
        String text;
        BigDecimal value = null;
        switch (type) {
            case STRING -> text = c.getStringCellValue().replace("\r\n", "\n").replace('\r', '\n');
            case NUMERIC -> {
                double d = c.getNumericCellValue();
                text = formatter.formatRawCellContents(d, c.getCellStyle().getDataFormat(), c.getCellStyle().getDataFormatString());
                if (!Double.isNaN(d) && !Double.isInfinite(d)) {
                    // the shortest decimal that is this double: 89.974, not 89.97399999999999
                    value = new BigDecimal(Double.toString(d));
                }
            }
            case BOOLEAN -> text = c.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> text = formula != null ? formula.error() : FormulaError.forInt(c.getErrorCellValue()).getString();
            default -> text = "";
        }
        if (text.isEmpty() && value == null && formula == null && rowSpan == 1 && colSpan == 1) {
            return null;
        }
        return new GridCell(c.getRowIndex(), c.getColumnIndex(), rowSpan, colSpan, text, value,
                where(file, sheet, c.getRowIndex(), c.getColumnIndex()), formula);
    }

    /** An XSSF formula cell without {@code <v>}, or with {@code t="str"} and an empty one, has no saved result. */
    private static boolean savedResult(XSSFCell x) {
        var ct = x.getCTCell();
        return ct.isSetV() && ct.getV() != null && !ct.getV().isEmpty();
    }

    static CellRef where(String file, Sheet sheet, int row, int column) {
        return new CellRef(file, sheet.getSheetName(), row + 1, CellReference.convertNumToColString(column));
    }

    private static long key(int row, int col) {
        return ((long) row << 16) | col;
    }

    private static boolean zipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb") || m.contains("exceeds the maximum") || m.contains("max entry size")
                    || m.contains("MAX_ENTRY_SIZE")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Why POI could not open the file, told by what the file is (POI's own texts, such as
     * {@code [M1.13]} or "Cannot find zip signature", mean nothing to the person who made it).
     */
    private ImportText cannotOpen(Path content, String fileName, Throwable e) {
        log.info("{}: POI cannot open the workbook: {}", fileName, e.toString());
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException) {
                return ImportText.FILE_ENCRYPTED;
            }
        }
        String kind;
        try {
            kind = FileTypes.detect(content, fileName);
        } catch (IOException io) {
            return ImportText.WORKBOOK_DAMAGED;
        }
        return switch (kind) {
            case "encrypted" -> ImportText.FILE_ENCRYPTED;
            case "xlsx", "xls", "zip-damaged" -> ImportText.WORKBOOK_DAMAGED;
            default -> ImportText.NOT_A_WORKBOOK;
        };
    }
}
