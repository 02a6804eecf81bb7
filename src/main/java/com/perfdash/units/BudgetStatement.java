package com.perfdash.units;

import java.math.BigDecimal;

/**
 * The report's 预算收支 section exactly as stated, 万元; null where the report does not state a figure.
 * The parts need not add up to the totals (the seed's do not); the review feature says where not.
 */
public record BudgetStatement(BigDecimal incomeTotal, BigDecimal incomeInitial, BigDecimal incomeAdjustment,
                              BigDecimal incomeCarryover, BigDecimal incomeOther, String incomeText,
                              BigDecimal expenditureTotal, BigDecimal expenditureBasic, BigDecimal expenditureProject,
                              BigDecimal expenditureBalance, String expenditureText,
                              BigDecimal initialProjectsAdjustment, BigDecimal initialProjectsActual,
                              BigDecimal initialProjectsCarryover, BigDecimal midyearProjectsBudget,
                              BigDecimal midyearProjectsActual, BigDecimal midyearProjectsCarryover) {
}
