package com.perfdash.units.ui;

import com.perfdash.units.IndicatorRow;
import com.perfdash.units.IndicatorTree;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A row of the indicator tree grid: a level-1 or level-2 group with its sums, a level-3 indicator, the
 * funds rows' points, or the table total beside the total it states. Points throughout. Pure: the grid
 * shows these, the mapper {@link #rows} builds them and is tested without Vaadin.
 *
 * @param key         the row key for {@code highlight} (indicators and the total row), else null
 * @param cap         the declared cap (level-1 rows), or the stated 总分 (the total row)
 * @param statedScore the stated total score (the total row only)
 * @param overCap     a level-1 group whose weights do not add up to its cap or whose scores exceed it,
 *                    or a total that differs from the stated one
 */
public record IndicatorGridRow(Kind kind, String label, String target, String actual, BigDecimal weight,
                               BigDecimal score, BigDecimal pointsLost, BigDecimal cap, BigDecimal statedScore,
                               String note, String key, boolean overCap, List<IndicatorGridRow> children) {

    public enum Kind { LEVEL1, LEVEL2, INDICATOR, FUNDS, TOTAL }

    public IndicatorGridRow {
        children = List.copyOf(children);
    }

    public boolean lostPoints() {
        return pointsLost != null && pointsLost.signum() > 0;
    }

    /**
     * The grid's top-level rows: the level-1 groups (with level 2 and level 3 under them), then the funds
     * row when the table states funds points, then the total, keyed {@code totalKey} (the table's
     * {@code t<no>}, see {@link com.perfdash.units.RowKeys#table}).
     */
    public static List<IndicatorGridRow> rows(IndicatorTree tree, String fundsLabel, String totalLabel, String totalKey) {
        List<IndicatorGridRow> rows = new ArrayList<>();
        for (IndicatorTree.Level1Node l1 : tree.level1s()) {
            List<IndicatorGridRow> level2s = new ArrayList<>();
            for (IndicatorTree.Level2Node l2 : l1.level2s()) {
                List<IndicatorGridRow> indicators = l2.indicators().stream().map(IndicatorGridRow::indicator).toList();
                level2s.add(new IndicatorGridRow(Kind.LEVEL2, l2.label(), null, null, l2.weight(), l2.score(),
                        l2.pointsLost(), null, null, null, null, false, indicators));
            }
            rows.add(new IndicatorGridRow(Kind.LEVEL1, l1.label(), null, null, l1.weight(), l1.score(), l1.pointsLost(),
                    l1.cap(), null, null, null, l1.weightDiffersFromCap() || l1.scoreExceedsCap(), level2s));
        }
        if (tree.fundsWeight() != null || tree.fundsScore() != null) {
            rows.add(new IndicatorGridRow(Kind.FUNDS, fundsLabel, null, null, tree.fundsWeight(), tree.fundsScore(),
                    lost(tree.fundsWeight(), tree.fundsScore()), null, null, null, null, false, List.of()));
        }
        rows.add(new IndicatorGridRow(Kind.TOTAL, totalLabel, null, null, tree.totalWeight(), tree.totalScore(),
                lost(tree.totalWeight(), tree.totalScore()), tree.statedTotalWeight(), tree.statedTotalScore(), null, totalKey,
                tree.totalWeightDiffersFromStated() || tree.totalScoreDiffersFromStated(), List.of()));
        return rows;
    }

    private static IndicatorGridRow indicator(IndicatorRow r) {
        return new IndicatorGridRow(Kind.INDICATOR, r.level3(), r.targetText(), r.actualText(), r.weight(), r.score(),
                r.pointsLost(), null, null, r.deviationNote(), r.key(), false, List.of());
    }

    private static BigDecimal lost(BigDecimal weight, BigDecimal score) {
        return weight == null || score == null ? null : weight.subtract(score);
    }
}
