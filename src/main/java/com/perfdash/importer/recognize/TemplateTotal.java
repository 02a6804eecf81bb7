package com.perfdash.importer.recognize;

import static com.perfdash.importer.WorkbookLayout.GRADE;
import static com.perfdash.importer.WorkbookLayout.TOTAL;
import static com.perfdash.importer.WorkbookLayout.normalize;

import com.perfdash.importer.CellRef;
import com.perfdash.importer.ImportText;

/**
 * The 总分 row closing a 自评表 sheet of our workbook: the table's total weight and score in the indicator
 * block's 分值 and 得分 columns, and a cell "等级：优" anywhere on the row (blank after the colon: no grade
 * stated). Emits the columns total_weight, total_score and grade of the table's eval_tables.csv row, each with
 * its cell; a grade not one of 优、良、中、差 is reported at its cell.
 */
final class TemplateTotal {

    private TemplateTotal() {
    }

    /**
     * Reads the 总分 row {@code row} into {@code table}.
     *
     * @param indicators the indicator block above, whose columns the row shares
     * @return whether the row states a total or a grade
     */
    static boolean read(GridCells s, int row, TemplateIndicators indicators, TableRow table) {
        String weight = points(s, row, indicators, "weight", table, "total_weight");
        String score = points(s, row, indicators, "score", table, "total_score");
        String grade = grade(s, row, table);
        return weight != null || score != null || grade != null;
    }

    private static String points(GridCells s, int row, TemplateIndicators indicators, String column, TableRow table,
                                 String tableColumn) {
        int col = indicators.column(column);
        String name = TOTAL + " " + TemplateIndicators.name(column);
        String value = s.points(row, col, name);
        table.put(tableColumn, value, s.where(row, col, name));
        return value;
    }

    /** The grade the row states, or null. */
    private static String grade(GridCells s, int row, TableRow table) {
        int col = s.findInRow(row, l -> normalize(l).startsWith(GRADE));
        if (col < 0) {
            return null;
        }
        String g = normalize(s.label(row, col)).substring(GRADE.length()).replace(":", "");
        CellRef at = s.where(row, col, GRADE);
        String grade = TableLabels.GRADES.contains(g) ? g : null;
        table.put("grade", grade, at);
        if (!g.isEmpty() && grade == null) {
            s.error(at, ImportText.NOT_ONE_OF, g, String.join("、", TableLabels.GRADES));
        }
        return grade;
    }
}
