package com.perfdash.catalog;

import java.math.BigDecimal;

/**
 * One fiscal year's totals over all loaded reports, from each report's whole-unit funds 合计 row, as the
 * overview defines them (macro {@code year_metrics}, db/views/04_overview.sql; docs/metrics.md).
 *
 * @param fiscalYear     the fiscal year
 * @param reports        reports of that year
 * @param fullYearBudget sum of 全年预算数 over the reports that state it, 万元
 * @param executed       sum of 全年执行数 over the reports that state it, 万元
 * @param executionRate  执行率 of the year, a fraction: year_metrics' money-weighted rate over the reports
 *                       that state both figures with a budget &gt; 0 (not executed / fullYearBudget, whose
 *                       sums may hold reports that state only one of the two); null when none does
 */
public record YearlyBudget(int fiscalYear, int reports, BigDecimal fullYearBudget, BigDecimal executed,
                           BigDecimal executionRate) {
}
