package com.perfdash.overview;

/**
 * What the review checks found in one fiscal year's reports under the overview's filter.
 *
 * @param reports             the reports of the year the filter keeps
 * @param reportsWithFindings how many of them have at least one finding
 * @param errors              findings of severity ERROR (the report contradicts itself)
 * @param warnings            findings of severity WARNING
 * @param infos               findings of severity INFO
 * @param open                findings finance has not decided on yet
 * @param confirmed           findings finance confirmed (属实（需更正）)
 * @param dismissed           findings finance dismissed (不是问题)
 * @param corrected           findings whose figure has been corrected (已更正)
 */
public record YearFindings(int fiscalYear, int reports, int reportsWithFindings, int errors, int warnings, int infos,
                           int open, int confirmed, int dismissed, int corrected) {

    public int total() {
        return errors + warnings + infos;
    }
}
