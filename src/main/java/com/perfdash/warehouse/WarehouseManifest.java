package com.perfdash.warehouse;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What one export holds ({@code _manifest.json} beside the tables): when and by whom it was written and
 * every table with its rows and columns. The read-only nodes and the DuckDB script read it.
 */
public record WarehouseManifest(int formatVersion, Instant exportedAt, String exportedBy, List<WarehouseTableInfo> tables) {

    /** The version of the layout written by this app: tables, partitioning, file names. */
    public static final int FORMAT_VERSION = 1;

    public Optional<WarehouseTableInfo> table(String name) {
        return tables.stream().filter(t -> t.table().equals(name)).findFirst();
    }

    public long rows(String name) {
        return table(name).map(WarehouseTableInfo::rows).orElse(0L);
    }
}
