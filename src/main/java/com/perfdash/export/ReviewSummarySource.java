package com.perfdash.export;

/**
 * Where the annual summary gets its review findings from. The app's bean reads the findings table when
 * the database has one ({@link FindingsTableReviewSummary}); a review feature can provide its own
 * implementation, marked {@code @Primary}, to take over (docs/export.md).
 */
@FunctionalInterface
public interface ReviewSummarySource {

    /** The findings of the reports of {@code fiscalYear} within {@code scope}; never null. */
    ReviewSummary summary(int fiscalYear, SummaryScope scope);
}
