package com.perfdash.review;

/** How many findings one rule raised over the reports of one fiscal year. */
public record RuleYearCount(ReviewRule rule, int fiscalYear, int findings) {
}
