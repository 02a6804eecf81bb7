package com.perfdash.projects;

import java.math.BigDecimal;

/**
 * How a year's listed projects relate to the year before, in counts and 万元.
 *
 * @param projects        projects listed this year
 * @param budget          their budgets, 万元
 * @param started         projects that started (listed this year, not the year before)
 * @param startedBudget   their budgets, 万元
 * @param ended           projects that ended (listed the year before, not this year)
 * @param endedBudget     their budgets of the year before, 万元
 * @param continued       projects listed in both years
 * @param unknown         projects of units without a report in the other year
 */
public record ChangeSummary(int projects, BigDecimal budget, int started, BigDecimal startedBudget, int ended,
                            BigDecimal endedBudget, int continued, int unknown) {
}
