package com.perfdash.review;

/**
 * Findings over the reports of one fiscal year, by severity, as the database counts them (macro
 * {@code matching_findings}, db/views/08_findings.sql; ReviewQueries/countsByYear.sql).
 */
public record YearCount(int fiscalYear, int errors, int warnings, int infos) {

    public int total() {
        return errors + warnings + infos;
    }
}
