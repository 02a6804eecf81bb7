package com.perfdash.units;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The indicators of one evaluation table as a tree (level 1 → level 2 → level 3), with the weight and
 * score sums of every group, each level-1 group beside the cap the table declares for it, and the
 * table's total (funds rows + indicators) beside the total it states. Sums are over the values the
 * table states; a group none of whose indicators states a value sums to null. Nothing here judges
 * the report; it only adds up what it says.
 *
 * @param level1s           level-1 groups in table order
 * @param fundsWeight       分值 of the funds rows, points
 * @param fundsScore        得分 of the funds rows, points
 * @param statedTotalWeight 总分 as stated, points
 * @param statedTotalScore  the total score as stated, points
 */
public record IndicatorTree(List<Level1Node> level1s, BigDecimal fundsWeight, BigDecimal fundsScore,
                            BigDecimal statedTotalWeight, BigDecimal statedTotalScore) {

    public IndicatorTree {
        level1s = List.copyOf(level1s);
    }

    /** A level-1 group (一级指标) with its declared cap (points, null when none) and its sums. */
    public record Level1Node(String level1, BigDecimal cap, List<Level2Node> level2s, BigDecimal weight,
                             BigDecimal score) implements IndicatorNode {

        public Level1Node {
            level2s = List.copyOf(level2s);
        }

        @Override
        public String label() {
            return level1;
        }

        @Override
        public int level() {
            return 1;
        }

        @Override
        public List<Level2Node> children() {
            return level2s;
        }

        /** Whether the weights under this group add up to something other than its declared cap. */
        public boolean weightDiffersFromCap() {
            return cap != null && (weight == null || weight.compareTo(cap) != 0);
        }

        /** Whether the scores under this group add up to more than its declared cap. */
        public boolean scoreExceedsCap() {
            return cap != null && score != null && score.compareTo(cap) > 0;
        }

        public List<IndicatorRow> indicators() {
            return level2s.stream().flatMap(l2 -> l2.indicators().stream()).toList();
        }
    }

    /** A level-2 group (二级指标) with its sums. */
    public record Level2Node(String level1, String level2, List<IndicatorRow> indicators, BigDecimal weight,
                             BigDecimal score) implements IndicatorNode {

        public Level2Node {
            indicators = List.copyOf(indicators);
        }

        @Override
        public String label() {
            return level2;
        }

        @Override
        public int level() {
            return 2;
        }

        @Override
        public List<IndicatorRow> children() {
            return indicators;
        }
    }

    /**
     * Builds the tree. Level-1 groups come in the order their first indicator appears; a group the
     * table declares a cap for but lists no indicator under follows, empty. Level-2 groups come in
     * order of first appearance within their level 1, indicators in table order.
     */
    public static IndicatorTree build(List<Level1Cap> caps, List<IndicatorRow> rows, BigDecimal fundsWeight,
                                      BigDecimal fundsScore, BigDecimal statedTotalWeight, BigDecimal statedTotalScore) {
        Map<String, Map<String, List<IndicatorRow>>> grouped = new LinkedHashMap<>();
        rows.stream()
                .sorted((a, b) -> Integer.compare(a.seq(), b.seq()))
                .forEach(r -> grouped.computeIfAbsent(r.level1(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(r.level2(), k -> new ArrayList<>()).add(r));
        Map<String, BigDecimal> capByLevel1 = new LinkedHashMap<>();
        caps.stream().sorted((a, b) -> Integer.compare(a.seq(), b.seq()))
                .forEach(c -> {
                    capByLevel1.put(c.level1(), c.cap());
                    grouped.putIfAbsent(c.level1(), new LinkedHashMap<>());
                });
        List<Level1Node> level1s = new ArrayList<>();
        grouped.forEach((level1, byLevel2) -> {
            List<Level2Node> level2s = new ArrayList<>();
            byLevel2.forEach((level2, indicators) -> level2s.add(new Level2Node(level1, level2, indicators,
                    sum(indicators.stream().map(IndicatorRow::weight)), sum(indicators.stream().map(IndicatorRow::score)))));
            level1s.add(new Level1Node(level1, capByLevel1.get(level1), level2s,
                    sum(level2s.stream().map(Level2Node::weight)), sum(level2s.stream().map(Level2Node::score))));
        });
        return new IndicatorTree(level1s, fundsWeight, fundsScore, statedTotalWeight, statedTotalScore);
    }

    /** The sum of the stated values; null when none is stated. */
    static BigDecimal sum(Stream<BigDecimal> values) {
        return values.filter(Objects::nonNull).reduce(BigDecimal::add).orElse(null);
    }

    public List<IndicatorRow> indicators() {
        return level1s.stream().flatMap(l1 -> l1.indicators().stream()).toList();
    }

    public int indicatorCount() {
        return indicators().size();
    }

    /** Sum of the indicators' weights, points. */
    public BigDecimal indicatorWeight() {
        return sum(level1s.stream().map(Level1Node::weight));
    }

    /** Sum of the indicators' scores, points. */
    public BigDecimal indicatorScore() {
        return sum(level1s.stream().map(Level1Node::score));
    }

    /** Funds 分值 + the indicators' weights: what the table's 总分 should be, points. */
    public BigDecimal totalWeight() {
        return sum(Stream.of(fundsWeight, indicatorWeight()));
    }

    /** Funds 得分 + the indicators' scores: what the table's total score should be, points. */
    public BigDecimal totalScore() {
        return sum(Stream.of(fundsScore, indicatorScore()));
    }

    /** Whether the weights add up to something other than the stated 总分 (when both are known). */
    public boolean totalWeightDiffersFromStated() {
        return differ(totalWeight(), statedTotalWeight);
    }

    /** Whether the scores add up to something other than the stated total score (when both are known). */
    public boolean totalScoreDiffersFromStated() {
        return differ(totalScore(), statedTotalScore);
    }

    private static boolean differ(BigDecimal computed, BigDecimal stated) {
        return computed != null && stated != null && computed.compareTo(stated) != 0;
    }
}
