package com.perfdash.importer.recognize;

import static com.perfdash.importer.WorkbookLayout.GOAL_ACHIEVED;
import static com.perfdash.importer.WorkbookLayout.GOAL_EXPECTED;
import static com.perfdash.importer.WorkbookLayout.normalize;

import com.perfdash.importer.BatchRow;
import com.perfdash.importer.CellRef;
import com.perfdash.importer.ImportText;
import com.perfdash.importer.RowOrigin;
import com.perfdash.ingest.DataFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The goals of a 自评表 sheet of our workbook (年度总体目标): the header row 预期目标 | 实际完成情况 and under it
 * one goal per row up to the indicator block, either text may be blank. Emits one goals.csv row per row that
 * states either, numbered from 1 in the sheet's order; a header without 实际完成情况 is reported at its row.
 */
final class TemplateGoals {

    private final GridCells s;
    private final int header;
    private final int expectedCol;
    private final int achievedCol;

    /** The goals whose 预期目标 header is at {@code at} (row, column); a missing 实际完成情况 is reported. */
    TemplateGoals(GridCells s, int[] at) {
        this.s = s;
        this.header = at[0];
        this.expectedCol = at[1];
        this.achievedCol = s.findInRow(header, l -> normalize(l).equals(GOAL_ACHIEVED));
        if (achievedCol < 0) {
            s.error(s.whereRow(header), ImportText.HEADER_MISSING, GOAL_ACHIEVED);
        }
    }

    /** Whether the header row has both columns. */
    boolean complete() {
        return achievedCol >= 0;
    }

    /** The goals under the header, up to row {@code end} (the indicator header). */
    List<BatchRow> rows(TableKey key, int end) {
        List<BatchRow> goals = new ArrayList<>();
        for (int r = header + 1; r < end; r++) {
            String expected = s.text(r, expectedCol, GOAL_EXPECTED);
            String achieved = s.text(r, achievedCol, GOAL_ACHIEVED);
            if (expected == null && achieved == null) {
                continue;
            }
            Map<String, CellRef> cells = Map.of("expected", s.where(r, expectedCol, GOAL_EXPECTED),
                    "achieved", s.where(r, achievedCol, GOAL_ACHIEVED));
            goals.add(new BatchRow(DataFormat.GOALS, key.row().put("seq", Integer.toString(goals.size() + 1))
                    .put("expected", expected).put("achieved", achieved).build(),
                    new RowOrigin(cells.get("expected"), cells)));
        }
        return goals;
    }
}
