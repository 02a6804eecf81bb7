package com.perfdash.review;

import java.math.BigDecimal;

/**
 * A figure of a report that a correction may name, as the report states it (view stated_figure,
 * db/views/09_review.sql).
 *
 * @param figureKey what names it across reloads, e.g. {@code expenditure_basic}, {@code f0-total:executed}, {@code i0-5:score}
 * @param tableNo   the table it is in (0 = whole-unit table), or null for the report's own income and expenditure
 * @param rowLabel  the row's own name (an indicator's 三级指标, a project's name, a funds row kind), or null
 * @param field     the field: a report column (expenditure_basic), or budget, actual, executed, weight, score, cap, total_score
 * @param measure   money (万元) or points (分)
 * @param value     as stated; null where the report states nothing
 */
public record StatedFigure(String figureKey, Integer tableNo, String rowLabel, String field, String measure, BigDecimal value) {

    public boolean isMoney() {
        return "money".equals(measure);
    }

    /** Its name for people, e.g. 整体支出表 · 开展帮扶 · 得分, or 基本支出. */
    public String label(boolean chinese) {
        return FigureLabels.label(tableNo, rowLabel, field, chinese);
    }
}
