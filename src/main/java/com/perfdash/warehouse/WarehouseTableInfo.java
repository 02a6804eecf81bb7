package com.perfdash.warehouse;

import java.util.List;

/**
 * One table of an export: its name, how many rows it holds, whether it is partitioned by fiscal_year
 * (hive style, {@code fiscal_year=<year>/}), whether fiscal_year was added to the app's columns, and its
 * columns in order, fiscal_year included (where partitioned, fiscal_year is in the folder names, not in
 * the files).
 */
public record WarehouseTableInfo(String table, long rows, boolean partitioned, boolean addsFiscalYear,
                                 List<WarehouseColumn> columns) {
}
