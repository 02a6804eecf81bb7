package com.perfdash.base.db;

/**
 * The unit a new database connection is limited to, or null for all units. Read once when a Jdbi
 * handle opens; the connection then carries it as the DuckDB variable {@code scope_unit}, which the
 * views {@code scoped_unit} and {@code scoped_report} (db/views/01_data_scope.sql) filter by.
 */
@FunctionalInterface
public interface ConnectionScope {

    ConnectionScope ALL_UNITS = () -> null;

    String unitCode();
}
