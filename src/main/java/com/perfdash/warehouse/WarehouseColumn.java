package com.perfdash.warehouse;

/** One column of an exported table: its name and DuckDB type (DECIMAL(18,4) for 万元, as in the app). */
public record WarehouseColumn(String name, String type) {
}
