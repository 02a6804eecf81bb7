package com.perfdash.compare;

/**
 * The columns the ranking can be sorted by; each names a column of {@code CompareQueries/ranking.sql},
 * so the view picks a constant and never writes SQL.
 */
public enum RankingSortKey {
    RANK("rank", false),
    UNIT("unit_name", false),
    CATEGORY("category", false),
    VALUE("value", false),
    CHANGE("change", false),
    RELATIVE_CHANGE("relative_change", false),
    RANK_CHANGE("rank_change", false),
    /** The share of the category's units strictly behind; a unit without peers sorts first, ascending. */
    PERCENTILE("better_than", true);

    private final String column;
    private final boolean nullsFirst;

    RankingSortKey(String column, boolean nullsFirst) {
        this.column = column;
        this.nullsFirst = nullsFirst;
    }

    String column() {
        return column;
    }

    /** Whether rows without a value come first in ascending order (they come last descending, and the other way round). */
    boolean nullsFirst() {
        return nullsFirst;
    }
}
