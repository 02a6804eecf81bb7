package com.perfdash.projects;

import java.math.BigDecimal;
import java.util.List;

/**
 * A listed project of a fiscal year against the year before (table macro {@code project_changes}, db/views/07_projects.sql),
 * identified by its unit and name's key ({@code project_key}). Money in 万元.
 *
 * @param listedNames    the names as the report writes them (this year's, else last year's)
 * @param budget         预算金额 this year; null when not listed this year
 * @param actual         实际支出 this year
 * @param previousBudget 预算金额 in the fiscal year before; null when not listed then
 * @param budgetChange   budget − previous budget; null unless listed in both years
 * @param status         continued, started or ended; null when the unit has no report in the other year
 */
public record ProjectChange(String unitCode, String unitName, String category, String projectKey,
                            List<String> listedNames, BigDecimal budget, BigDecimal actual,
                            BigDecimal previousBudget, BigDecimal budgetChange, ProjectStatus status) {

    public ProjectChange {
        listedNames = listedNames == null ? List.of() : List.copyOf(listedNames);
    }

    /** The name to show: the first name as written. */
    public String displayName() {
        return listedNames.isEmpty() ? projectKey : listedNames.get(0);
    }
}
