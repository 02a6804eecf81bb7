package com.perfdash.overview;

/**
 * What the review checks found in one fiscal year's reports under the overview's filter.
 *
 * @param reports             the reports of the year the filter keeps
 * @param reportsWithFindings how many of them have at least one finding
 * @param errors              findings of severity ERROR (the report contradicts itself)
 * @param warnings            findings of severity WARNING
 * @param infos               findings of severity INFO
 */
public record YearFindings(int fiscalYear, int reports, int reportsWithFindings, int errors, int warnings, int infos) {

    public int total() {
        return errors + warnings + infos;
    }
}
