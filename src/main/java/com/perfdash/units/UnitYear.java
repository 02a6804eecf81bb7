package com.perfdash.units;

import java.math.BigDecimal;

/**
 * One reported year of a unit: its provenance and its metrics under a 口径 ({@code basis_metrics}).
 *
 * @param sourceKind      {@code real} (a published report) or {@code demo} (generated)
 * @param sourceFile      the document the figures were taken from, relative to its data set
 * @param dataFile        the data file the report was loaded from, e.g. {@code seed/reports.csv}
 * @param initialBudget   年初预算数, 万元
 * @param fullYearBudget  全年预算数, 万元
 * @param executed        全年执行数, 万元
 * @param executionRate   执行率, a fraction (1.0 = 100 %)
 * @param basicSpending   基本支出 as stated, 万元
 * @param projectSpending 项目支出 as stated, 万元
 * @param basicShare      基本支出 / (基本支出 + 项目支出), a fraction
 * @param projectShare    项目支出 / (基本支出 + 项目支出), a fraction
 * @param projectFunding  sum of the listed projects' budgets (项目资金), 万元
 * @param projectCount    projects the report lists
 * @param totalScore      total score as stated, points
 * @param grade           等级 as stated
 * @param leftOut         under 复核后, how many of the report's amounts are left out of these figures (an open
 *                        元/万元 finding); 0 under 自评（原文）
 */
public record UnitYear(int fiscalYear, String sourceKind, String sourceFile, String dataFile, String title,
                       BigDecimal initialBudget, BigDecimal fullYearBudget, BigDecimal executed, Double executionRate,
                       BigDecimal basicSpending, BigDecimal projectSpending, Double basicShare, Double projectShare,
                       BigDecimal projectFunding, Integer projectCount, BigDecimal totalScore, String grade,
                       int leftOut) {

    public boolean isReal() {
        return "real".equals(sourceKind);
    }
}
