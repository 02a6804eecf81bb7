package com.perfdash.review;

/**
 * Which findings to read; a null part means "any".
 *
 * @param rule        one rule of the catalogue
 * @param unitCode    one budget unit
 * @param fiscalYear  one fiscal year
 * @param severity    one severity
 * @param disposition one current disposition ({@link Disposition#OPEN}: nobody has decided yet)
 */
public record FindingFilter(ReviewRule rule, String unitCode, Integer fiscalYear, Severity severity, Disposition disposition) {

    public static final FindingFilter ALL = new FindingFilter(null, null, null, null, null);

    /** A filter of any disposition. */
    public FindingFilter(ReviewRule rule, String unitCode, Integer fiscalYear, Severity severity) {
        this(rule, unitCode, fiscalYear, severity, null);
    }

    public static FindingFilter forReport(String unitCode, int fiscalYear) {
        return new FindingFilter(null, unitCode, fiscalYear, null, null);
    }

    public static FindingFilter forUnit(String unitCode) {
        return new FindingFilter(null, unitCode, null, null, null);
    }

    public FindingFilter withRule(ReviewRule r) {
        return new FindingFilter(r, unitCode, fiscalYear, severity, disposition);
    }

    public FindingFilter withUnit(String u) {
        return new FindingFilter(rule, u, fiscalYear, severity, disposition);
    }

    public FindingFilter withYear(Integer y) {
        return new FindingFilter(rule, unitCode, y, severity, disposition);
    }

    public FindingFilter withSeverity(Severity s) {
        return new FindingFilter(rule, unitCode, fiscalYear, s, disposition);
    }

    public FindingFilter withDisposition(Disposition d) {
        return new FindingFilter(rule, unitCode, fiscalYear, severity, d);
    }

    /** The rule's code for binding, or null. */
    public String ruleCode() {
        return rule == null ? null : rule.code();
    }

    /** The severity's name for binding, or null. */
    public String severityName() {
        return severity == null ? null : severity.name();
    }

    /** The disposition's code for binding, or null. */
    public String dispositionCode() {
        return disposition == null ? null : disposition.code();
    }
}
