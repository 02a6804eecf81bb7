package com.perfdash.units;

import java.math.BigDecimal;
import java.util.List;

/**
 * A node of the indicator tree: a level-1 group, a level-2 group, or a level-3 indicator. Weights and
 * scores are points; a group's are the sums of the indicators under it.
 */
public sealed interface IndicatorNode permits IndicatorTree.Level1Node, IndicatorTree.Level2Node, IndicatorRow {

    /** The level's name, or the level-3 indicator's text. */
    String label();

    /** 1, 2 or 3. */
    int level();

    BigDecimal weight();

    BigDecimal score();

    List<? extends IndicatorNode> children();

    /** 分值 − 得分, points; null when either is not stated. */
    default BigDecimal pointsLost() {
        return weight() == null || score() == null ? null : weight().subtract(score());
    }

    /** Whether the score is below the weight. */
    default boolean lostPoints() {
        BigDecimal lost = pointsLost();
        return lost != null && lost.signum() > 0;
    }
}
