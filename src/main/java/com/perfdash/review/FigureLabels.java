package com.perfdash.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Names of the figures a correction may name (StatedFigure), from the table, the row and the field. */
public final class FigureLabels {

    private static final Map<String, String[]> FIELDS = Map.of(
            "weight", new String[] {"分值", "weight"},
            "score", new String[] {"得分", "score"},
            "cap", new String[] {"分值上限", "cap"},
            "total_score", new String[] {"总分", "total score"},
            "total_weight", new String[] {"总分值", "total weight"},
            "funds_weight", new String[] {"资金分值", "funds weight"},
            "execution_rate_pct", new String[] {"执行率", "execution rate"},
            "project_carryover", new String[] {"结余结转", "balance carried forward"});

    private FigureLabels() {
    }

    /** A figure's name for people: the table, the row's own name and the field, e.g. 整体支出表 · 合计 · 全年执行数. */
    public static String label(Integer tableNo, String rowLabel, String field, boolean chinese) {
        List<String> parts = new ArrayList<>();
        if (tableNo != null) {
            parts.add(tableNo == 0 ? (chinese ? "整体支出表" : "whole-unit table")
                    : (chinese ? "项目表 " + tableNo : "project table " + tableNo));
        }
        if (rowLabel != null && !rowLabel.isBlank()) {
            // a funds row is named by its kind (total, appropriation …), any other row by its own name
            parts.add(com.perfdash.ingest.DataFormat.FUNDS_ROW_KINDS.contains(rowLabel) ? FieldLabels.fundsKind(rowLabel, chinese) : rowLabel);
        }
        String[] own = FIELDS.get(field);
        parts.add(own != null ? own[chinese ? 0 : 1] : FieldLabels.label(field, chinese));
        return String.join(" · ", parts);
    }
}
