package com.perfdash.compare;

import java.util.Objects;

/**
 * How the ranking is sorted. Missing values sort as a comparator of values with nulls last (first for
 * {@link RankingSortKey#PERCENTILE}) would in ascending order, reversed in descending order; rows with
 * equal values keep the ranking's own order (rank, name, code).
 */
public record RankingOrder(RankingSortKey key, boolean descending) {

    public static final RankingOrder BY_RANK = new RankingOrder(RankingSortKey.RANK, false);

    public RankingOrder {
        Objects.requireNonNull(key, "key");
    }

    /** The ORDER BY term, from the constants of {@link RankingSortKey} only. */
    String sql() {
        boolean nullsFirst = key.nullsFirst() != descending;
        return key.column() + (descending ? " DESC" : " ASC") + (nullsFirst ? " NULLS FIRST" : " NULLS LAST");
    }
}
