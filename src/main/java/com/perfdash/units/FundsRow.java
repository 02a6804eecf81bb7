package com.perfdash.units;

import java.math.BigDecimal;

/**
 * A 年度资金总额 row of an evaluation table, as stated.
 *
 * @param rowKind          its kind ({@code DataFormat.FUNDS_ROW_KINDS}): {@code total} (合计), {@code appropriation}
 *                         (当年财政拨款), {@code carryover} (上年结转资金), {@code other} (其他资金), {@code basic}
 *                         (基本支出), {@code project} (项目支出), {@code special_account} (财政专户管理资金),
 *                         {@code own} (单位资金)
 * @param rowLabel         the row's label as printed ("其中:本年财政拨款"), or null where the data states none
 * @param initialBudget    年初预算数, 万元
 * @param fullYearBudget   全年预算数, 万元
 * @param executed         全年执行数, 万元
 * @param weight           分值, points
 * @param executionRatePct 执行率 as stated, percent (100 = 100 %)
 * @param score            得分 as stated, points
 */
public record FundsRow(int tableNo, String rowKind, String rowLabel, BigDecimal initialBudget, BigDecimal fullYearBudget,
                       BigDecimal executed, BigDecimal weight, BigDecimal executionRatePct, BigDecimal score) {

    public boolean isTotal() {
        return "total".equals(rowKind);
    }

    /** The key that marks this row on the report page: {@code f<tableNo>-<rowKind>}. */
    public String key() {
        return RowKeys.funds(tableNo, rowKind);
    }
}
