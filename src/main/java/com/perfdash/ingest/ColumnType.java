package com.perfdash.ingest;

/** The value types of the data format, each with the rule a non-empty value must follow. */
public enum ColumnType {
    TEXT(null, "text"),
    INTEGER("-?[0-9]+", "a whole number"),
    /** 万元, at most two decimals. */
    MONEY("-?[0-9]+(\\.[0-9]{1,2})?", "an amount in 万元 with at most two decimals"),
    /** Weights and scores. */
    POINTS("-?[0-9]+(\\.[0-9]{1,2})?", "a number of points with at most two decimals"),
    /** A percent value without the sign: 100 = 100 %. */
    PERCENT("-?[0-9]+(\\.[0-9]{1,2})?", "a percent value (100 = 100 %) with at most two decimals"),
    ENUM(null, "one of the listed values");

    private final String pattern;
    private final String description;

    ColumnType(String pattern, String description) {
        this.pattern = pattern;
        this.description = description;
    }

    /** RE2 pattern a whole value must match, or null when any text is allowed. */
    public String pattern() {
        return pattern;
    }

    public String description() {
        return description;
    }
}
