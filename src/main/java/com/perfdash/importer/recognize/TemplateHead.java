package com.perfdash.importer.recognize;

import static com.perfdash.importer.WorkbookLayout.INVESTMENT_APPROPRIATION;
import static com.perfdash.importer.WorkbookLayout.PERIOD;
import static com.perfdash.importer.WorkbookLayout.PROJECT_NAME;
import static com.perfdash.importer.WorkbookLayout.SPENDING_DIRECTION;
import static com.perfdash.importer.WorkbookLayout.TOTAL_INVESTMENT;
import static com.perfdash.importer.WorkbookLayout.normalize;

import com.perfdash.importer.CellRef;

/**
 * The head of a project table (sheet 项目支出绩效自评表(n)): the value right of each label, after the label's
 * merged range: 专项名称, 支出方向名称（子项目）, 项目总投资（万元） and 其中：财政拨款 (amounts in 万元), and
 * 项目总实施期, which a clerk may also write inline ("项目总实施期：三年"). Each label is looked for anywhere
 * on the sheet; one that is missing (but 专项名称, which the layout needs to find the table) states nothing.
 * Emits the columns project_name, spending_direction, total_investment, investment_appropriation and period
 * of the table's eval_tables.csv row, each with its cell.
 */
final class TemplateHead {

    private final GridCells s;
    private final TableRow table;

    private TemplateHead(GridCells s, TableRow table) {
        this.s = s;
        this.table = table;
    }

    /**
     * Reads the head whose 专项名称 label is at {@code name} (row, column) into {@code table}.
     *
     * @return whether the head states any value
     */
    static boolean read(GridCells s, int[] name, TableRow table) {
        TemplateHead head = new TemplateHead(s, table);
        boolean any = head.labelled(name, "project_name", PROJECT_NAME, false);
        any |= head.labelled(s.find(0, l -> l.startsWith(TemplateColumns.stem(SPENDING_DIRECTION))), "spending_direction",
                SPENDING_DIRECTION, false);
        any |= head.labelled(s.find(0, l -> l.startsWith(TemplateColumns.stem(TOTAL_INVESTMENT))), "total_investment",
                TOTAL_INVESTMENT, true);
        any |= head.labelled(s.find(0, l -> l.equals(normalize(INVESTMENT_APPROPRIATION))), "investment_appropriation",
                INVESTMENT_APPROPRIATION, true);
        any |= head.period();
        return any;
    }

    /** 项目总实施期: inline after its colon ("……" the template's placeholder), else right of the label. */
    private boolean period() {
        int[] period = s.find(0, l -> l.startsWith(PERIOD));
        if (period == null) {
            return false;
        }
        String label = s.label(period[0], period[1]);
        int colon = Math.max(label.indexOf('：'), label.indexOf(':'));
        String inline = colon >= 0 ? label.substring(colon + 1).strip() : "";
        CellRef at = s.where(period[0], period[1], PERIOD);
        if (!inline.isEmpty() && !inline.equals("……")) {
            table.put("period", inline, at);
            return true;
        }
        return labelled(period, "period", PERIOD, false);
    }

    /** The value right of a label (after its merged range); true when there is one. */
    private boolean labelled(int[] at, String column, String label, boolean money) {
        if (at == null) {
            return false;
        }
        int col = s.lastColumnOf(at[0], at[1]) + 1;
        String value = money ? s.money(at[0], col, label, false) : s.text(at[0], col, label);
        CellRef where = s.where(at[0], col, label);
        table.put(column, value, where);
        return value != null;
    }
}
