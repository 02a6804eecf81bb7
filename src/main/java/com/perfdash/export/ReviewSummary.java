package com.perfdash.export;

/**
 * The review findings of the reports of an annual summary's scope and year: how many, of which severity,
 * in how many of the reports. {@code available} is false where this installation runs no review checks.
 */
public record ReviewSummary(boolean available, int reports, int findings, int errors, int warnings, int infos,
                            int reportsWithFindings) {

    public static ReviewSummary unavailable() {
        return new ReviewSummary(false, 0, 0, 0, 0, 0, 0);
    }
}
