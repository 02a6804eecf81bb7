package com.perfdash.base.db;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleListener;
import org.jdbi.v3.core.Handles;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** Builds the Jdbi instance the app and the tests share, so both map rows the same way. */
public final class Jdbis {

    private Jdbis() {
    }

    /** Jdbi over the database with no data scope: every connection sees every unit. */
    public static Jdbi create(DuckDbDatabase database) {
        return create(database, ConnectionScope.ALL_UNITS);
    }

    /** Jdbi whose every new handle is limited to the unit {@code scope} names at the moment it opens. */
    public static Jdbi create(DuckDbDatabase database, ConnectionScope scope) {
        Jdbi jdbi = Jdbi.create(database::newConnection);
        jdbi.installPlugin(new SqlObjectPlugin());
        jdbi.getConfig(Handles.class).addListener(new HandleListener() {
            @Override
            public void handleCreated(Handle handle) {
                String unit = scope.unitCode();
                if (unit != null) {
                    handle.execute("SET VARIABLE scope_unit = ?", unit);
                }
            }
        });
        return jdbi;
    }

    /** Lifts the data scope of a handle: for the app's own work (loading, checks) over all units. */
    public static void unscoped(Handle handle) {
        handle.execute("SET VARIABLE scope_unit = NULL");
    }
}
