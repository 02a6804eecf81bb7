package com.perfdash.catalog;

import java.math.BigDecimal;

/**
 * One fiscal year's totals over all loaded reports, from each report's whole-unit funds 合计 row.
 *
 * @param fiscalYear     the fiscal year
 * @param reports        reports of that year
 * @param fullYearBudget sum of 全年预算数, 万元
 * @param executed       sum of 全年执行数, 万元
 */
public record YearlyBudget(int fiscalYear, int reports, BigDecimal fullYearBudget, BigDecimal executed) {
}
