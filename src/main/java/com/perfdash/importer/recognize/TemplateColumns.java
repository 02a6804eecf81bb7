package com.perfdash.importer.recognize;

import static com.perfdash.importer.WorkbookLayout.headerMatches;
import static com.perfdash.importer.WorkbookLayout.normalize;

import com.perfdash.importer.ImportText;
import com.perfdash.importer.WorkbookLayout.Column;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of a table of our workbook, found by their headers on its header row (the projects and texts
 * of 报告信息, the funds and indicator blocks of a 自评表), so a clerk may insert or move a column. One
 * definition of how a header is looked for and how a missing one is reported, for every block.
 */
final class TemplateColumns {

    private TemplateColumns() {
    }

    /**
     * Each column's index on {@code headerRow}, in the order of {@code columns}: -1 for a column whose header
     * the row lacks, each reported as {@link ImportText#HEADER_MISSING} at the row.
     */
    static Map<String, Integer> find(GridCells s, int headerRow, List<Column> columns) {
        Map<String, Integer> found = new LinkedHashMap<>();
        for (Column c : columns) {
            int col = s.findInRow(headerRow, label -> headerMatches(label, c.header()));
            if (col < 0) {
                s.error(s.whereRow(headerRow), ImportText.HEADER_MISSING, c.header());
            }
            found.put(c.column(), col);
        }
        return found;
    }

    /** Whether every column was found. */
    static boolean complete(Map<String, Integer> found) {
        return !found.containsValue(-1);
    }

    /** The header of the data format column {@code column} among {@code columns}. */
    static String header(List<Column> columns, String column) {
        return columns.stream().filter(c -> c.column().equals(column)).findFirst().orElseThrow().header();
    }

    /** A header (or label) without its bracketed tail, normalized: "得分（分值×执行率）" → "得分". */
    static String stem(String header) {
        String h = normalize(header);
        int bracket = h.indexOf('(');
        return bracket > 0 ? h.substring(0, bracket) : h;
    }
}
