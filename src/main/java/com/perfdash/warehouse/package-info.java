/**
 * The warehouse: the report model exported as Parquet files partitioned by fiscal year, for other
 * engines (DuckDB itself, Trino, Spark) and for read-only app nodes (docs/scale-out.md). The exporter
 * ({@link com.perfdash.warehouse.WarehouseExporter}) runs from the admin page {@code admin/warehouse}
 * or headless ({@code --warehouse.export}); {@link com.perfdash.warehouse.WarehouseTable} is the one list
 * of what is exported and how each table gets its fiscal year.
 */
package com.perfdash.warehouse;
