package com.perfdash.importer.recognize;

import static com.perfdash.importer.WorkbookLayout.INDICATOR_COLUMNS;

import com.perfdash.importer.BatchRow;
import com.perfdash.importer.CellRef;
import com.perfdash.importer.DataRow;
import com.perfdash.importer.ImportText;
import com.perfdash.importer.RowOrigin;
import com.perfdash.ingest.DataFormat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The indicator block of a 自评表 sheet of our workbook: the header row of {@link
 * com.perfdash.importer.WorkbookLayout#INDICATOR_COLUMNS} (一级指标 … 偏差原因分析及改进措施) and under it one
 * indicator per row up to the 总分 row. 一级/二级指标 may be merged over their rows, or blank on a row a clerk
 * added without merging: a blank one continues the one above, as does the same 一级指标 written again (wrapped,
 * or without its cap), and another 一级指标 starts its 二级 afresh. A 一级指标 may declare its cap
 * ("产出指标(50分)"). Emits one indicators.csv row per row that states anything right of 二级指标, numbered
 * from 1; a missing 一级, 二级 or 三级指标 is reported at its cell.
 */
final class TemplateIndicators {

    /** The label the block is found by: the header of its first column. */
    static final String LABEL = TemplateColumns.header(INDICATOR_COLUMNS, "level1");

    private static final Pattern CAP = Pattern.compile(
            "^(.*?)[\\s\\u3000]*[(（][\\s\\u3000]*([0-9]+(?:\\.[0-9]{1,2})?)[\\s\\u3000]*分[\\s\\u3000]*[)）][\\s\\u3000]*$",
            Pattern.DOTALL);

    private final GridCells s;
    private final int header;
    private final Map<String, Integer> cols;

    /** The block whose header row is {@code header}: finds its columns, each one missing reported. */
    TemplateIndicators(GridCells s, int header) {
        this.s = s;
        this.header = header;
        this.cols = TemplateColumns.find(s, header, INDICATOR_COLUMNS);
    }

    /** Whether the header row has every column. */
    boolean complete() {
        return TemplateColumns.complete(cols);
    }

    /** The column of {@code column} (a data format column of indicators.csv). */
    int column(String column) {
        return cols.get(column);
    }

    /** The indicators under the header, up to row {@code end} (the 总分 row). */
    List<BatchRow> rows(TableKey key, int end) {
        List<BatchRow> indicators = new ArrayList<>();
        Level1 level1 = null;
        String level2 = null;
        int level1Col = column("level1");
        int level2Col = column("level2");
        for (int r = header + 1; r < end; r++) {
            final int row = r;
            boolean content = INDICATOR_COLUMNS.stream().skip(2).anyMatch(c -> !s.label(row, column(c.column())).isBlank());
            // a blank 一级/二级指标 cell (a row the clerk added without merging) continues the one above, and so
            // does the same 一级指标 written again, wrapped or without its cap ("效益\n指标" under "效益指标(30分)")
            Level1 l1 = s.label(r, level1Col).isBlank() ? null : Level1.of(s.text(r, level1Col, name("level1")));
            if (l1 != null && !l1.continues(level1)) {
                level1 = l1;
                level2 = null;
            }
            String l2 = s.label(r, level2Col).isBlank() ? null : s.text(r, level2Col, name("level2"));
            if (l2 != null) {
                level2 = l2;
            }
            if (content) {
                indicators.add(indicator(key, r, level1, level2, indicators.size() + 1));
            }
        }
        return indicators;
    }

    /** A 一级指标 as its cell states it: its name, unwrapped, and the cap it declares, or null. */
    private record Level1(String name, String cap) {

        static Level1 of(String text) {
            Matcher m = CAP.matcher(text);
            return m.matches()
                    ? new Level1(TableLabels.unwrap(m.group(1)), GridCells.plain(new BigDecimal(m.group(2))))
                    : new Level1(TableLabels.unwrap(text), null);
        }

        /** Whether this cell goes on with {@code above}: the same name, stating no other cap. */
        boolean continues(Level1 above) {
            return above != null && name.equals(above.name) && (cap == null || cap.equals(above.cap));
        }
    }

    /** The indicator on {@code row}, under the 一级 and 二级指标 in force there. */
    private BatchRow indicator(TableKey key, int row, Level1 level1, String level2, int seq) {
        Map<String, CellRef> cells = new HashMap<>();
        cols.forEach((column, c) -> cells.put(column, s.where(row, c, name(column))));
        cells.put("level1_cap", cells.get("level1"));
        if (level1 == null) {
            s.error(cells.get("level1"), ImportText.VALUE_REQUIRED);
        }
        if (level2 == null) {
            s.error(cells.get("level2"), ImportText.VALUE_REQUIRED);
        }
        String level3 = text(row, "level3");
        if (level3 == null) {
            s.error(cells.get("level3"), ImportText.VALUE_REQUIRED);
        }
        DataRow ind = key.row().put("seq", Integer.toString(seq))
                .put("level1", level1 == null ? null : level1.name())
                .put("level1_cap", level1 == null ? null : level1.cap())
                .put("level2", level2).put("level3", level3)
                .put("target", text(row, "target"))
                .put("actual", text(row, "actual"))
                .put("weight", s.points(row, column("weight"), name("weight")))
                .put("score", s.points(row, column("score"), name("score")))
                .put("deviation_note", text(row, "deviation_note"))
                .build();
        return new BatchRow(DataFormat.INDICATORS, ind, new RowOrigin(cells.get("level3"), cells));
    }

    private String text(int row, String column) {
        return s.text(row, column(column), name(column));
    }

    /** The header of a column, which its cells and messages name. */
    static String name(String column) {
        return TemplateColumns.header(INDICATOR_COLUMNS, column);
    }
}
