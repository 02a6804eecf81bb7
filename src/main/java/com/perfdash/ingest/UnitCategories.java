package com.perfdash.ingest;

import org.jdbi.v3.core.Handle;

/**
 * Finance's 单位类别 assignments (V024, {@code unit_category_assignment}) applied to the unit table:
 * {@code unit.category} becomes the assigned category, {@code unit.stated_category} keeps the one the
 * data states. The unit table is replaced from the data at every load, so {@link DataLoader} applies
 * them in the load's transaction, after the model and before {@link ReportMetricsStore#refresh}: the
 * stores carry the category and must be computed from the assigned one. Whatever records an assignment
 * applies them again and refreshes the stores itself.
 */
public final class UnitCategories {

    private static final String APPLY_SQL = "com/perfdash/ingest/apply_unit_categories.sql";

    private UnitCategories() {
    }

    /** Sets every unit's category in effect from its current assignment, else from its data; on {@code handle}. */
    public static void apply(Handle handle) {
        handle.createScript(ClasspathSql.read(APPLY_SQL)).execute();
    }
}
