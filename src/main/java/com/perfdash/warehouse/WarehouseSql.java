package com.perfdash.warehouse;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * SQL over an export's files, for DuckDB: one view per table under the app's table name, with the app's
 * columns in the app's order, so that the app's own definition files (db/views) and dashboard queries run
 * over the files unchanged (docs/scale-out.md). An empty table, which has no files, is a view with the
 * same typed columns and no rows.
 */
public final class WarehouseSql {

    /** The name of the DuckDB script an export writes beside its tables. */
    public static final String SCRIPT = "duckdb.sql";

    private WarehouseSql() {
    }

    /**
     * {@code CREATE OR REPLACE VIEW} statements for every table of {@code manifest}, reading the files under
     * {@code modelDir} (the folder that holds the table folders; absolute, or relative to where DuckDB runs).
     */
    public static List<String> views(String modelDir, WarehouseManifest manifest) {
        List<String> statements = new ArrayList<>();
        for (WarehouseTableInfo t : manifest.tables()) {
            statements.add("CREATE OR REPLACE VIEW " + t.table() + " AS " + select(modelDir, t));
        }
        return statements;
    }

    /** The rows of one table from its files, with the app's columns (without an added fiscal_year). */
    public static String select(String modelDir, WarehouseTableInfo t) {
        List<WarehouseColumn> columns = new ArrayList<>(t.columns());
        if (t.addsFiscalYear()) {
            columns.removeIf(c -> c.name().equals("fiscal_year"));
        }
        if (t.rows() == 0) {
            return "SELECT " + columns.stream().map(c -> "CAST(NULL AS " + c.type() + ") AS " + c.name())
                    .collect(Collectors.joining(", ")) + " WHERE false";
        }
        String names = columns.stream().map(WarehouseColumn::name).collect(Collectors.joining(", "));
        String dir = modelDir.endsWith("/") ? modelDir : modelDir + "/";
        String files = t.partitioned()
                ? "read_parquet(" + literal(dir + t.table() + "/*/*.parquet") + ", hive_partitioning = true, hive_types = {'fiscal_year': SMALLINT})"
                : "read_parquet(" + literal(dir + t.table() + "/*.parquet") + ")";
        return "SELECT " + names + " FROM " + files;
    }

    /** A path as a SQL string literal (COPY and read_parquet take no bound parameters for their files). */
    static String literal(String path) {
        return "'" + path.replace("'", "''") + "'";
    }
}
