package com.perfdash.importer;

import java.math.BigDecimal;

/**
 * The figures of one report that an import preview compares, from {@code report_metrics} (money in
 * 万元, the execution rate a fraction, the score in points) and the report's stated totals.
 *
 * @param dataSet the data set the active version comes from: seed, demo, imports/&lt;batch&gt;
 */
public record KeyFigures(String unitCode, int fiscalYear, String unitName, String dataSet, BigDecimal incomeTotal,
                         BigDecimal expenditureTotal, BigDecimal fullYearBudget, BigDecimal executed,
                         BigDecimal executionRate, BigDecimal projectFunding, BigDecimal totalScore, String grade) {

    public String key() {
        return unitCode + " " + fiscalYear;
    }
}
