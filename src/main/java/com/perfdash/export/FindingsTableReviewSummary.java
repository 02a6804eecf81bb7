package com.perfdash.export;

import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;

/**
 * The review findings of a summary counted straight from the findings table, when the database has one
 * (the review checks create it); otherwise {@link ReviewSummary#unavailable()}, and the document says that
 * review checks are not available.
 */
@Component
public class FindingsTableReviewSummary implements ReviewSummarySource {

    private final Jdbi jdbi;

    public FindingsTableReviewSummary(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public ReviewSummary summary(int fiscalYear, SummaryScope scope) {
        return jdbi.withExtension(ReviewFindingQueries.class, q -> {
            if (!q.findingsTableExists()) {
                return ReviewSummary.unavailable();
            }
            return q.findingCounts(fiscalYear, nonNull(scope.category()), nonNull(scope.unitCode()));
        });
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
