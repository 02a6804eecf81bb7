package com.perfdash.base.download;

import java.util.Objects;
import java.util.function.Function;

/**
 * One downloaded column: its header (with the unit, e.g. 全年预算数（万元）), how it holds values, and
 * how to take its value from a row. The value is a {@link Number} (BigDecimal for money) for number
 * formats and anything for {@link ColumnFormat#TEXT} (written with {@code toString}); null is an empty cell.
 */
public record ExportColumn<T>(String header, ColumnFormat format, Function<T, ?> value) {

    public ExportColumn {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(value, "value");
    }

    public Object valueOf(T row) {
        return value.apply(row);
    }
}
