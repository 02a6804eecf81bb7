package com.perfdash.ingest;

/** The value types of the data format, each with the rule a non-empty value must follow. */
public enum ColumnType {
    TEXT(null, null),
    INTEGER("-?[0-9]+", LoadText.NOT_INTEGER),
    /** 万元 as stated, at most four decimals (89.974; an amount printed in 元 is 万元 with four). */
    MONEY("-?[0-9]+(\\.[0-9]{1,4})?", LoadText.NOT_MONEY),
    /** Weights and scores. */
    POINTS("-?[0-9]+(\\.[0-9]{1,2})?", LoadText.NOT_POINTS),
    /** A percent value without the sign: 100 = 100 %. */
    PERCENT("-?[0-9]+(\\.[0-9]{1,2})?", LoadText.NOT_PERCENT),
    ENUM(null, null);

    private final String pattern;
    private final LoadText notThisType;

    ColumnType(String pattern, LoadText notThisType) {
        this.pattern = pattern;
        this.notThisType = notThisType;
    }

    /** RE2 pattern a whole value must match, or null when any text is allowed. */
    public String pattern() {
        return pattern;
    }

    /** What the loader says of a value that does not match {@link #pattern()}; null when there is no pattern. */
    public LoadText notThisType() {
        return notThisType;
    }
}
