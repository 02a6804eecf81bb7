package com.perfdash.ingest;

import org.jdbi.v3.core.Handle;

/**
 * Work that must follow every load of reports, inside the load's own transaction (for example the
 * review checks, whose findings must always describe the reports the database holds). A step that
 * throws rolls the whole load back.
 */
@FunctionalInterface
public interface AfterLoadStep {

    /** Runs after the report model was replaced and its metrics stored ({@link ReportMetricsStore}), on the load's transaction handle. */
    void afterLoad(Handle transaction);
}
