package com.perfdash.units;

import java.math.BigDecimal;

/**
 * One attached self-evaluation table: number 0 is the whole-unit table (部门整体支出绩效自评表),
 * 1, 2, … the project tables (项目支出绩效自评表).
 *
 * @param projectName             专项名称 (project tables)
 * @param spendingDirection       支出方向名称
 * @param totalInvestment         项目总投资, 万元
 * @param investmentAppropriation 其中：财政拨款, 万元
 * @param period                  项目总实施期
 * @param fundsWeight             分值 of the funds rows as stated, points
 * @param totalWeight             总分 as stated, points
 * @param totalScore              total score as stated, points
 * @param grade                   等级 as stated
 * @param sourceFile              the file the table came from (a project table imported in a file of its own
 *                                may come from another file than its report); null before V023's first load
 * @param indicatorCount          level-3 indicators the table holds
 */
public record EvalTableInfo(long tableId, int tableNo, String kind, String projectName, String spendingDirection,
                            BigDecimal totalInvestment, BigDecimal investmentAppropriation, String period,
                            BigDecimal fundsWeight, BigDecimal totalWeight, BigDecimal totalScore, String grade,
                            String sourceFile, int indicatorCount) {

    public boolean isUnitTable() {
        return tableNo == 0;
    }
}
