package com.perfdash.units;

import java.math.BigDecimal;

/**
 * Who reported, which year, where the figures come from, and the totals of its projects list as stated
 * ({@code report_metrics}). The key figures under either 口径 are {@link ReportDetail#figures}.
 *
 * @param sourceKind     {@code real} (a published report) or {@code demo} (generated)
 * @param sourceFile     the document the figures were taken from, relative to its data set
 * @param dataFile       the data file the report was loaded from
 * @param projectFunding sum of the listed projects' budgets, 万元
 * @param projectActual  sum of the listed projects' actual spending, 万元
 */
public record ReportHeader(long reportId, String unitCode, String unitName, String category, String district,
                           int fiscalYear, String title, String sourceKind, String sourceFile, String dataFile,
                           BigDecimal projectFunding, BigDecimal projectActual) {

    public boolean isReal() {
        return "real".equals(sourceKind);
    }
}
