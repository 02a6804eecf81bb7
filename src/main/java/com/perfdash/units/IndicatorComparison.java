package com.perfdash.units;

import java.math.BigDecimal;

/**
 * An indicator of the whole-unit table present in both a year and the year before, matched by its
 * (level1, level2, level3) texts. Targets and actuals are as written; weights and scores in points.
 *
 * @param seq the indicator's order in this year's table
 */
public record IndicatorComparison(int seq, String level1, String level2, String level3,
                                  String previousTarget, String previousActual, BigDecimal previousWeight,
                                  BigDecimal previousScore,
                                  String target, String actual, BigDecimal weight, BigDecimal score) {

    /** This year's score − last year's, points; null when either is not stated. */
    public BigDecimal scoreChange() {
        return score == null || previousScore == null ? null : score.subtract(previousScore);
    }
}
