package com.perfdash.review;

/** Findings over the reports of one fiscal year, by severity. */
public record YearCount(int fiscalYear, int errors, int warnings, int infos) {

    public int total() {
        return errors + warnings + infos;
    }
}
