package com.perfdash.overview;

import java.math.BigDecimal;
import org.jdbi.v3.core.mapper.reflect.JdbiConstructor;

/**
 * One fiscal year's totals over the reports of a filter, and their change against the fiscal year
 * before under the same filter (macro {@code year_metrics}, db/views/04_overview.sql; docs/metrics.md).
 * Money is 万元; rates and shares are fractions (0.95 = 95 %). A null is a figure no report of the
 * year states, or a change without a year before.
 *
 * @param fiscalYear            the fiscal year
 * @param reports               reports of the year matching the filter
 * @param fullYearBudget        sum of 全年预算数, 万元
 * @param executed              sum of 全年执行数, 万元
 * @param rateReports           reports that state both figures, with a budget above 0: the base of the rate
 * @param executionRate         执行率: sum(executed) / sum(full-year budget) over {@code rateReports}, a fraction
 * @param basicSpending         sum of 基本支出, 万元
 * @param projectSpending       sum of 项目支出, 万元
 * @param basicShare            basic / (basic + project spending), a fraction
 * @param projectShare          project / (basic + project spending), a fraction
 * @param projectFunding        项目资金: sum of the budgets of the listed projects, 万元
 * @param medianScore           median of the stated total scores, points
 * @param gradeExcellent        reports whose score earns 优 (90 and above)
 * @param reportsChange         change of {@code reports}, a count
 * @param fullYearBudgetChange  relative change of the full-year budget (0.1 = +10 %)
 * @param executedChange        relative change of executed
 * @param executionRateChange   difference of the execution rate, a fraction (0.01 = +1 percentage point)
 * @param basicSpendingChange   relative change of basic spending
 * @param projectSpendingChange relative change of project spending
 * @param projectShareChange    difference of the project share, a fraction
 * @param projectFundingChange  relative change of project funding
 * @param medianScoreChange     difference of the median score, points
 * @param gradeExcellentChange  change of the 优 count
 * @param leftOut               复核后: how many amounts are left out of these totals (open 元/万元 findings)
 */
public record YearAggregate(
        int fiscalYear,
        int reports,
        BigDecimal fullYearBudget,
        BigDecimal executed,
        int rateReports,
        BigDecimal executionRate,
        BigDecimal basicSpending,
        BigDecimal projectSpending,
        BigDecimal basicShare,
        BigDecimal projectShare,
        BigDecimal projectFunding,
        BigDecimal medianScore,
        int gradeExcellent,
        Integer reportsChange,
        BigDecimal fullYearBudgetChange,
        BigDecimal executedChange,
        BigDecimal executionRateChange,
        BigDecimal basicSpendingChange,
        BigDecimal projectSpendingChange,
        BigDecimal projectShareChange,
        BigDecimal projectFundingChange,
        BigDecimal medianScoreChange,
        Integer gradeExcellentChange,
        int leftOut) {

    @JdbiConstructor
    public YearAggregate {
    }

    /** A year with nothing left out (自评（原文）, or 复核后 without an open 元/万元 finding). */
    public YearAggregate(int fiscalYear, int reports, BigDecimal fullYearBudget, BigDecimal executed, int rateReports,
                         BigDecimal executionRate, BigDecimal basicSpending, BigDecimal projectSpending, BigDecimal basicShare,
                         BigDecimal projectShare, BigDecimal projectFunding, BigDecimal medianScore, int gradeExcellent,
                         Integer reportsChange, BigDecimal fullYearBudgetChange, BigDecimal executedChange,
                         BigDecimal executionRateChange, BigDecimal basicSpendingChange, BigDecimal projectSpendingChange,
                         BigDecimal projectShareChange, BigDecimal projectFundingChange, BigDecimal medianScoreChange,
                         Integer gradeExcellentChange) {
        this(fiscalYear, reports, fullYearBudget, executed, rateReports, executionRate, basicSpending, projectSpending,
                basicShare, projectShare, projectFunding, medianScore, gradeExcellent, reportsChange, fullYearBudgetChange,
                executedChange, executionRateChange, basicSpendingChange, projectSpendingChange, projectShareChange,
                projectFundingChange, medianScoreChange, gradeExcellentChange, 0);
    }

    /** True when the year before had reports under the same filter, so the changes mean something. */
    public boolean hasPreviousYear() {
        return reportsChange != null;
    }
}
