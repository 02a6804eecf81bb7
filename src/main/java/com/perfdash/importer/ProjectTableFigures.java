package com.perfdash.importer;

import java.math.BigDecimal;

/**
 * A loaded project table as an import preview compares it: its project (and the key that matches it
 * to the same project's table in another version), the file it came from, its 合计 row and its score.
 * Money in 万元, the score in points.
 */
public record ProjectTableFigures(String unitCode, int fiscalYear, int tableNo, String project, String projectKey,
                                  String sourceFile, BigDecimal fullYearBudget, BigDecimal executed, BigDecimal totalScore) {

    public String reportKey() {
        return unitCode + " " + fiscalYear;
    }
}
