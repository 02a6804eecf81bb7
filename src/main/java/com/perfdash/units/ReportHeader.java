package com.perfdash.units;

import java.math.BigDecimal;

/**
 * Who reported, which year, where the figures come from, and the report's headline metrics from
 * {@code report_metrics}.
 *
 * @param sourceKind     {@code real} (a published report) or {@code demo} (generated)
 * @param sourceFile     the document the figures were taken from, relative to its data set
 * @param dataFile       the data file the report was loaded from
 * @param fullYearBudget 全年预算数 (whole-unit funds 合计), 万元
 * @param executed       全年执行数, 万元
 * @param executionRate  执行率, a fraction (1.0 = 100 %)
 * @param projectFunding sum of the listed projects' budgets, 万元
 * @param projectActual  sum of the listed projects' actual spending, 万元
 * @param projectCount   projects the report lists
 * @param totalScore     total score of the whole-unit table as stated, points
 * @param grade          等级 as stated
 */
public record ReportHeader(long reportId, String unitCode, String unitName, String category, String district,
                           int fiscalYear, String title, String sourceKind, String sourceFile, String dataFile,
                           BigDecimal fullYearBudget, BigDecimal executed, Double executionRate,
                           BigDecimal projectFunding, BigDecimal projectActual, Integer projectCount,
                           BigDecimal totalScore, String grade) {

    public boolean isReal() {
        return "real".equals(sourceKind);
    }
}
