package com.perfdash.review;

import java.math.BigDecimal;

/**
 * A cost indicator and what its table says was budgeted and spent.
 *
 * @param initialBudget  年初预算数 of the table's 合计 row, 万元
 * @param fullYearBudget 全年预算数, 万元
 * @param executed       全年执行数, 万元
 * @param textBudget     for the whole-unit table, 预算收入 as the text states it, 万元; else null
 * @param textSpent      for the whole-unit table, 支出 less 结余结转 as the text states them, 万元; else null
 */
public record CostCandidate(int reportId, int tableNo, int seq, String level2, String level3, String targetText,
                            String actualText, BigDecimal initialBudget, BigDecimal fullYearBudget, BigDecimal executed,
                            BigDecimal textBudget, BigDecimal textSpent) {
}
