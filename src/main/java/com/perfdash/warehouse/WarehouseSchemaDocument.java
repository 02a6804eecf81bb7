package com.perfdash.warehouse;

/** The schema document of an export ({@code SCHEMA.md}): every table, its layout and columns with their types. */
final class WarehouseSchemaDocument {

    private WarehouseSchemaDocument() {
    }

    static String markdown(WarehouseManifest m) {
        StringBuilder s = new StringBuilder();
        s.append("# Warehouse schema\n\n")
                .append("Exported ").append(m.exportedAt()).append(" by ").append(m.exportedBy())
                .append(" (layout version ").append(m.formatVersion()).append("). Parquet files, one folder per table;")
                .append(" a partitioned table has one folder per fiscal year (`fiscal_year=2020/`, hive style), and its")
                .append(" `fiscal_year` is in the folder name, not in the files. Money is 万元 as stated (DECIMAL(18,4)), weights and")
                .append(" scores are points, stated percentages are percent values; NULL means the report does not state it.")
                .append(" Ids join the tables of this export only. What each column means: the app's")
                .append(" `src/main/resources/db/migration` scripts and docs/data-format.md; docs/scale-out.md.\n\n");
        for (WarehouseTableInfo t : m.tables()) {
            s.append("## ").append(t.table()).append("\n\n")
                    .append(t.rows()).append(" rows; ")
                    .append(t.partitioned() ? "`" + t.table() + "/fiscal_year=<year>/data_0.parquet`" : "`" + t.table() + "/data.parquet`")
                    .append(t.addsFiscalYear() ? "; `fiscal_year` is the fiscal year of the row's report (not a column of the app's table)" : "")
                    .append(".\n\n| column | type |\n|---|---|\n");
            for (WarehouseColumn c : t.columns()) {
                s.append("| `").append(c.name()).append("` | ").append(c.type()).append(" |\n");
            }
            s.append('\n');
        }
        return s.toString();
    }
}
