package com.perfdash.review;

/** A count as the query reads it; the service turns the code into a {@link ReviewRule}. */
public record RuleYearCountRow(String ruleCode, int fiscalYear, int findings) {
}
