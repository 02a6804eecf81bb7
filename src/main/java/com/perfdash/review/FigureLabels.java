package com.perfdash.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Names of the figures a correction may name (StatedFigure), from the table, the row and the field. */
final class FigureLabels {

    private static final Map<String, String[]> FIELDS = Map.of(
            "weight", new String[] {"分值", "weight"},
            "score", new String[] {"得分", "score"},
            "cap", new String[] {"分值上限", "cap"},
            "total_score", new String[] {"总分", "total score"});

    private FigureLabels() {
    }

    static String label(Integer tableNo, String rowLabel, String field, boolean chinese) {
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
