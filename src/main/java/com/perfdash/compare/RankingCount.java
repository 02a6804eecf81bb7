package com.perfdash.compare;

/**
 * The size of a ranking.
 *
 * @param units     every unit of the filter with a report in the ranking year
 * @param withValue those of them with a value of the metric (the ranked ones)
 */
public record RankingCount(int units, int withValue) {
}
