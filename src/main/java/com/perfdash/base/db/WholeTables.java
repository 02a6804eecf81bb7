package com.perfdash.base.db;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Emptying tables whose whole contents a load replaces (the report model, the stores derived from it, the
 * findings). {@code DELETE FROM t} leaves the deleted rows in the table's row groups: DuckDB vacuums
 * deletes only by merging row groups, never within the last one a reload appends to, so each reload of
 * the same 271 reports added about 2 MB to the file for good (docs/performance.md, "Database file over
 * reloads"). A dropped table's blocks instead become free at the next checkpoint and the following load
 * reuses them. So the table is dropped and created again from its own definition, inside the caller's
 * transaction (a rolled-back load or preview restores it with its rows). The model tables have no
 * foreign keys or indexes; views over them bind when they are queried, so they survive the drop.
 */
public final class WholeTables {

    /** The model's table names; they come from constants, never from input. */
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[a-z][a-z0-9_]*");

    private WholeTables() {
    }

    /**
     * Empties each table by dropping it and creating it again as it was defined, in this order. The
     * definitions are read in one query (reading the catalog once per table cost a load more than the drops).
     */
    public static void empty(Handle h, List<String> tables) {
        for (String table : tables) {
            if (!NAME.matcher(table).matches()) {
                throw new IllegalArgumentException("Not a table name of the model: " + table);
            }
        }
        if (tables.isEmpty()) {
            return;
        }
        Map<String, String> ddl = new HashMap<>();
        h.createQuery("SELECT table_name, sql FROM duckdb_tables() WHERE database_name = current_database() "
                        + "AND schema_name = 'main' AND NOT temporary AND list_contains(:tables, table_name)")
                .bind("tables", tables.toArray(String[]::new))
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> ddl.put(e.getKey(), e.getValue()));
        for (String table : tables) {
            String definition = ddl.get(table);
            if (definition == null) {
                throw new IllegalStateException("No table " + table + " in the database");
            }
            h.execute("DROP TABLE main." + table);
            h.execute(definition);
        }
    }
}
