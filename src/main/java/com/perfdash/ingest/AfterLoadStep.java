package com.perfdash.ingest;

import org.jdbi.v3.core.Handle;

/**
 * Work that must follow every load of reports, inside the load's own transaction (for example the
 * review checks, whose findings must always describe the reports the database holds). A step that
 * throws rolls the whole load back.
 */
@FunctionalInterface
public interface AfterLoadStep {

    /**
     * Runs after the report model was replaced and its stated metrics stored ({@link ReportMetricsStore#refreshStated}),
     * on the load's transaction handle. The loader refreshes the 复核后 stores once after every step
     * ({@link ReportMetricsStore#refreshReviewed}): a step that changes the findings need not.
     */
    void afterLoad(Handle transaction);
}
