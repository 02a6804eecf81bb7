package com.perfdash.base.db;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** Builds the Jdbi instance the app and the tests share, so both map rows the same way. */
public final class Jdbis {

    private Jdbis() {
    }

    public static Jdbi create(DuckDbDatabase database) {
        Jdbi jdbi = Jdbi.create(database::newConnection);
        jdbi.installPlugin(new SqlObjectPlugin());
        return jdbi;
    }
}
