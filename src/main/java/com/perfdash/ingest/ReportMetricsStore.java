package com.perfdash.ingest;

import com.perfdash.base.db.WholeTables;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The stored per-report metrics ({@code report_metrics_store}, db/views/03_report_metrics.sql) that the
 * views {@code report_metrics} and {@code report_scores} read, and the stored project years
 * ({@code project_years_store}, db/views/07_projects.sql) that the view {@code project_years} reads, and the
 * project keys both are computed with. {@link DataLoader} refreshes them whenever it replaces the model,
 * before any {@link AfterLoadStep} runs, so every load, dry run and import sees metrics and project years
 * of the reports it holds. Whatever else writes the model tables (a test inserting rows) must call
 * {@link #refresh} afterwards. When a definition file changes, the schema
 * rebuilds the stores itself ({@link com.perfdash.base.db.SchemaDefinitions}). The 复核后 stores
 * ({@link #REVIEWED_STORES}) follow the stated one, the findings and finance's review tables: refreshed
 * whole with the stated store and after the review checks, one report at a time by each review decision.
 */
public final class ReportMetricsStore {

    private static final String REFRESH_SQL = "com/perfdash/ingest/refresh_report_metrics.sql";

    /** The stores of the 复核后 figures, derived from the stated store and the review tables. */
    public static final List<String> REVIEWED_STORES = List.of("report_metrics_reviewed_store", "project_reviewed_delta_store");

    private ReportMetricsStore() {
    }

    /**
     * Recomputes every report's metrics and project years from the model tables, on {@code handle} (in its
     * transaction, if any), after storing the key of every project name now loaded ({@code project_name_key},
     * db/views/06_project_key.sql) and dropping those of names no longer loaded.
     */
    public static void refresh(Handle handle) {
        refreshStated(handle);
        refreshReviewed(handle);
    }

    /**
     * As {@link #refresh}, the project keys and the stated stores only ({@code report_metrics_store},
     * {@code project_years_store}): for a caller that changes the findings next and then refreshes the 复核后
     * stores once itself (the loader).
     */
    public static void refreshStated(Handle handle) {
        WholeTables.empty(handle, List.of("report_metrics_store", "project_years_store"));
        handle.createScript(ClasspathSql.read(REFRESH_SQL)).execute();
    }

    /**
     * Recomputes every report's 复核后 metrics ({@code report_metrics_reviewed_store}) and project changes
     * ({@code project_reviewed_delta_store}) from the stated store, finance's review tables and the
     * findings, on {@code handle}. {@link #refresh} runs it; so must whatever changes the findings (the
     * review checks) or writes the review tables other than one report at a time.
     */
    public static void refreshReviewed(Handle handle) {
        WholeTables.empty(handle, REVIEWED_STORES);
        handle.execute("INSERT INTO report_metrics_reviewed_store BY NAME SELECT * FROM report_metrics_reviewed_live");
        handle.execute("INSERT INTO project_reviewed_delta_store BY NAME SELECT * FROM project_reviewed_delta_live");
    }

    /**
     * Recomputes the 复核后 metrics and project changes of one report (unit and fiscal year), on
     * {@code handle}: what every review decision on that report runs in its transaction.
     */
    public static void refreshReviewed(Handle handle, String unitCode, int fiscalYear) {
        handle.createUpdate("DELETE FROM report_metrics_reviewed_store WHERE unit_code = :u AND fiscal_year = :y")
                .bind("u", unitCode).bind("y", fiscalYear).execute();
        handle.createUpdate("INSERT INTO report_metrics_reviewed_store BY NAME "
                        + "SELECT * FROM report_metrics_reviewed_live WHERE unit_code = :u AND fiscal_year = :y")
                .bind("u", unitCode).bind("y", fiscalYear).execute();
        String report = "(SELECT report_id FROM report WHERE unit_code = :u AND fiscal_year = :y)";
        handle.createUpdate("DELETE FROM project_reviewed_delta_store WHERE report_id IN " + report)
                .bind("u", unitCode).bind("y", fiscalYear).execute();
        handle.createUpdate("INSERT INTO project_reviewed_delta_store BY NAME "
                        + "SELECT * FROM project_reviewed_delta_live WHERE report_id IN " + report)
                .bind("u", unitCode).bind("y", fiscalYear).execute();
    }

}
