package com.perfdash.review;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The checks run with every load; but a load is skipped when the data files did not change, and a
 * new version of the app may bring new or changed checks, or changed scoring rule sets. On start, when the
 * stored findings were computed by other checks or rule sets than these
 * ({@link ReviewChecks#checksVersion(org.jdbi.v3.core.Handle)}), they are recomputed.
 */
@Component
class StaleFindingsRefresher {

    /** Its place among the start-up listeners: before anything that reads the findings ({@link DemoReviewState}). */
    static final int ORDER = 0;

    private static final Logger log = LoggerFactory.getLogger(StaleFindingsRefresher.class);

    private final Jdbi jdbi;
    private final ReviewChecks checks;

    StaleFindingsRefresher(Jdbi jdbi, ReviewChecks checks) {
        this.jdbi = jdbi;
        this.checks = checks;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(ORDER)
    public void refreshIfStale() {
        boolean refreshed = jdbi.inTransaction(h -> {
            ReviewRuleQueries q = h.attach(ReviewRuleQueries.class);
            String current = ReviewChecks.checksVersion(h);
            if (q.reportCount() == 0 || q.lastChecksVersion().map(current::equals).orElse(false)) {
                return false;
            }
            checks.run(h);
            return true;
        });
        if (refreshed) {
            log.info("Review findings were computed by other checks; recomputed them with the current catalogue");
        }
    }
}
