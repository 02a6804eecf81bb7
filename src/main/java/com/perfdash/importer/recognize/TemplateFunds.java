package com.perfdash.importer.recognize;

import static com.perfdash.importer.WorkbookLayout.FUNDS_COLUMNS;
import static com.perfdash.importer.WorkbookLayout.FUNDS_HEADER;
import static com.perfdash.importer.WorkbookLayout.GOALS_BLOCK;
import static com.perfdash.importer.WorkbookLayout.fundsRowKind;
import static com.perfdash.importer.WorkbookLayout.fundsRowLabel;
import static com.perfdash.importer.WorkbookLayout.normalize;

import com.perfdash.importer.BatchRow;
import com.perfdash.importer.CellRef;
import com.perfdash.importer.DataRow;
import com.perfdash.importer.ImportText;
import com.perfdash.importer.RowOrigin;
import com.perfdash.importer.WorkbookLayout.Column;
import com.perfdash.ingest.DataFormat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The funds block of a 自评表 sheet of our workbook: its header row, the label cell 年度资金总额 (which may
 * declare the block's weight, "年度资金总额(10分)") with the headers of {@link
 * com.perfdash.importer.WorkbookLayout#FUNDS_COLUMNS} right of it, and under it one row per source of funds
 * up to the goals block, its kind named in the label column (合计, 其中：当年财政拨款, 上年结转资金, 其他资金, or a
 * synonym). Emits the table's funds_weight and one funds_rows.csv row per kind, in the sheet's order; a blank
 * row is skipped, an unknown label or a kind stated twice is reported at its label and left out.
 */
final class TemplateFunds {

    private final GridCells s;
    private final int header;
    private final int labelCol;
    private final Map<String, Integer> cols;

    /**
     * The block whose 年度资金总额 label is at {@code at} (row, column): finds its columns (each one missing
     * reported) and states the weight the label declares in {@code table}.
     */
    TemplateFunds(GridCells s, int[] at, TableRow table) {
        this.s = s;
        this.header = at[0];
        this.labelCol = at[1];
        Matcher weight = TableLabels.POINTS.matcher(normalize(s.label(header, labelCol)));
        if (weight.find()) {
            table.put("funds_weight", GridCells.plain(new BigDecimal(weight.group(1))), s.where(header, labelCol, FUNDS_HEADER));
        }
        this.cols = TemplateColumns.find(s, header, FUNDS_COLUMNS);
    }

    /** Whether the header row has every column. */
    boolean complete() {
        return TemplateColumns.complete(cols);
    }

    /** The funds rows under the header, up to row {@code end} (the goals header), in the sheet's order. */
    List<BatchRow> rows(TableKey key, int end) {
        Map<String, BatchRow> funds = new LinkedHashMap<>();
        for (int r = header + 1; r < end; r++) {
            String label = s.label(r, labelCol);
            final int row = r;
            boolean blank = label.isBlank() && cols.values().stream().allMatch(c -> s.label(row, c).isBlank());
            if (blank || normalize(label).equals(GOALS_BLOCK)) {
                continue;
            }
            Optional<String> kind = fundsRowKind(label);
            CellRef labelAt = s.where(r, labelCol, FUNDS_HEADER);
            if (kind.isEmpty()) {
                s.error(labelAt, ImportText.FUNDS_ROW_UNKNOWN, label.strip());
                continue;
            }
            if (funds.containsKey(kind.get())) {
                s.error(labelAt, ImportText.FUNDS_ROW_TWICE, label.strip());
                continue;
            }
            Map<String, CellRef> cells = new HashMap<>();
            cols.forEach((column, c) -> cells.put(column, s.where(row, c, TemplateColumns.header(FUNDS_COLUMNS, column))));
            cells.put("row_kind", labelAt);
            cells.put("row_label", labelAt);
            DataRow.Builder f = key.row().put("row_kind", kind.get()).put("row_label", fundsRowLabel(kind.get(), label));
            for (Column c : FUNDS_COLUMNS) {
                f.put(c.column(), figure(r, c));
            }
            funds.put(kind.get(), new BatchRow(DataFormat.FUNDS_ROWS, f.build(), new RowOrigin(labelAt, cells)));
        }
        return new ArrayList<>(funds.values());
    }

    /**
     * One figure of a funds row: an amount, points (分值, 得分) or the 执行率. Its messages name the column by
     * its header's stem ("得分"), its cell by the whole header.
     */
    private String figure(int row, Column c) {
        int col = cols.get(c.column());
        String name = TemplateColumns.stem(c.header());
        return switch (c.column()) {
            case "weight", "score" -> s.points(row, col, name);
            case "execution_rate_pct" -> s.percent(row, col, name);
            default -> s.money(row, col, name, false);
        };
    }

    /** Whether any of {@code rows} states a figure. */
    static boolean statesFigures(List<BatchRow> rows) {
        return rows.stream().anyMatch(b -> FUNDS_COLUMNS.stream().anyMatch(c -> b.row().get(c.column()) != null));
    }
}
