package com.perfdash.importer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of a data file (docs/data-format.md), each value written as the format writes it: money
 * {@code 516.66}, percent {@code 100}, text as is. A column without a value is absent (empty = the
 * report does not state it).
 */
public record DataRow(Map<String, String> values) {

    public DataRow {
        Map<String, String> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                copy.put(k, v);
            }
        });
        values = Collections.unmodifiableMap(copy);
    }

    /** The value of a column, or null when the row leaves it empty. */
    public String get(String column) {
        return values.get(column);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects the values of one row in column order. */
    public static final class Builder {
        private final Map<String, String> values = new LinkedHashMap<>();

        public Builder put(String column, String value) {
            if (value != null && !value.isEmpty()) {
                values.put(column, value);
            }
            return this;
        }

        public DataRow build() {
            return new DataRow(values);
        }
    }
}
