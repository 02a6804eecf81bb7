package com.perfdash.ingest;

import java.util.List;
import java.util.Optional;

/** One file of a data set: its name, the staging table it is read into, and its columns. */
public record FileSpec(String fileName, String stageTable, List<ColumnSpec> columns) {

    public FileSpec {
        columns = List.copyOf(columns);
    }

    public Optional<ColumnSpec> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
