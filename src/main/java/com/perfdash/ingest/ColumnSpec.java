package com.perfdash.ingest;

import java.util.List;

/** One column of a data file: its name, type, whether a value is required, and allowed values for enums. */
public record ColumnSpec(String name, ColumnType type, boolean required, List<String> allowed) {

    public ColumnSpec {
        allowed = List.copyOf(allowed);
    }

    static ColumnSpec required(String name, ColumnType type) {
        return new ColumnSpec(name, type, true, List.of());
    }

    static ColumnSpec optional(String name, ColumnType type) {
        return new ColumnSpec(name, type, false, List.of());
    }

    static ColumnSpec oneOf(String name, boolean required, String... values) {
        return new ColumnSpec(name, ColumnType.ENUM, required, List.of(values));
    }
}
