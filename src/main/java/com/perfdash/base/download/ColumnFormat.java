package com.perfdash.base.download;

import com.perfdash.base.ui.MeasureKind;
import java.math.BigDecimal;

/**
 * How a downloaded column holds its values. Numbers stay numbers in XLSX (with a number format) and are
 * written without grouping in CSV, so that a spreadsheet can add them up.
 */
public enum ColumnFormat {
    /** Text as it is. */
    TEXT(null),
    /** A count, {@code #,##0}. */
    INTEGER(MeasureKind.COUNT),
    /** A fiscal year or a code-like number: no grouping ({@code 2024}, not {@code 2,024}). */
    YEAR(null),
    /** 万元, two decimals: {@code #,##0.00}; the column header names the unit. */
    MONEY(MeasureKind.MONEY),
    /** A fraction shown as percent with one decimal: 0.953 is {@code 95.3%} (XLSX keeps 0.953). */
    PERCENT(MeasureKind.RATE),
    /** Points (分), two decimals. */
    POINTS(MeasureKind.POINTS);

    /** The measure a number column holds, whose value it shows as every page does; null for text and years. */
    private final MeasureKind measure;

    ColumnFormat(MeasureKind measure) {
        this.measure = measure;
    }

    /** The column of a measure of {@code kind}: money {@link #MONEY}, a rate {@link #PERCENT}, points, a count {@link #INTEGER}. */
    public static ColumnFormat of(MeasureKind kind) {
        for (ColumnFormat f : values()) {
            if (f.measure == kind) {
                return f;
            }
        }
        throw new IllegalArgumentException("no column format for " + kind);
    }

    MeasureKind measure() {
        return measure;
    }

    public boolean isNumber() {
        return this != TEXT;
    }

    /**
     * A number value as a BigDecimal, exactly as it prints (a Double's 0.95 stays 0.95), for the grid's text
     * and the CSV's; null stays null.
     */
    static BigDecimal decimal(Object value) {
        if (value == null || value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        return new BigDecimal(((Number) value).toString());
    }
}
