package com.perfdash.ingest;

import com.perfdash.base.db.WholeTables;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The stored per-report metrics ({@code report_metrics_store}, db/views/03_report_metrics.sql) that the
 * views {@code report_metrics} and {@code report_scores} read, and the stored project years
 * ({@code project_years_store}, db/views/07_projects.sql) that the view {@code project_years} reads. {@link DataLoader} refreshes them whenever it replaces the model,
 * before any {@link AfterLoadStep} runs, so every load, dry run and import sees metrics and project years
 * of the reports it holds. Whatever else writes the model tables or {@code project_name_key} (a test
 * inserting rows) must call {@link #refresh} afterwards. When a definition file changes, the schema
 * rebuilds the stores itself ({@link com.perfdash.base.db.SchemaDefinitions}).
 */
public final class ReportMetricsStore {

    private static final String REFRESH_SQL = "com/perfdash/ingest/refresh_report_metrics.sql";

    private ReportMetricsStore() {
    }

    /**
     * Recomputes every report's metrics and project years from the model tables, on {@code handle} (in its
     * transaction, if any). Project names without a stored key get {@code project_key(name)} on the spot.
     */
    public static void refresh(Handle handle) {
        WholeTables.empty(handle, List.of("report_metrics_store", "project_years_store"));
        handle.createScript(ClasspathSql.read(REFRESH_SQL)).execute();
    }
}
