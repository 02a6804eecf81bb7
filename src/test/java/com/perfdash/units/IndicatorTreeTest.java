package com.perfdash.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorTreeTest {

    private static BigDecimal p(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    private static IndicatorRow row(int seq, String l1, String l2, String l3, String weight, String score) {
        return new IndicatorRow(0, seq, l1, l2, l3, "t", "a", p(weight), p(score), null);
    }

    private static final List<Level1Cap> CAPS = List.of(new Level1Cap(1, "产出指标", p("50")),
            new Level1Cap(2, "效益指标", p("30")), new Level1Cap(3, "满意度指标", p("10")));

    @Test
    void groups_sum_the_weights_and_scores_under_them_in_table_order() {
        IndicatorTree tree = IndicatorTree.build(CAPS, List.of(
                row(1, "产出指标", "数量指标", "a", "20", "18"),
                row(2, "产出指标", "质量指标", "b", "15", "15"),
                row(3, "产出指标", "数量指标", "c", "15", "14"),
                row(4, "效益指标", "社会效益指标", "d", "30", "30"),
                row(5, "满意度指标", "服务对象满意度指标", "e", "10", "9")), p("10"), p("10"), p("100"), p("96"));

        assertThat(tree.level1s()).extracting(IndicatorTree.Level1Node::label).containsExactly("产出指标", "效益指标", "满意度指标");
        IndicatorTree.Level1Node output = tree.level1s().get(0);
        assertThat(output.weight()).isEqualByComparingTo("50");
        assertThat(output.score()).isEqualByComparingTo("47");
        assertThat(output.cap()).isEqualByComparingTo("50");
        assertThat(output.pointsLost()).isEqualByComparingTo("3");
        assertThat(output.children()).extracting(IndicatorTree.Level2Node::label).containsExactly("数量指标", "质量指标");
        assertThat(output.children().get(0).indicators()).extracting(IndicatorRow::seq).containsExactly(1, 3);
        assertThat(output.children().get(0).weight()).isEqualByComparingTo("35");
        assertThat(output.children().get(0).score()).isEqualByComparingTo("32");
        assertThat(tree.indicatorCount()).isEqualTo(5);
        assertThat(tree.indicatorWeight()).isEqualByComparingTo("90");
        assertThat(tree.totalWeight()).isEqualByComparingTo("100");
        assertThat(tree.totalScore()).isEqualByComparingTo("96");
        assertThat(tree.totalWeightDiffersFromStated()).isFalse();
        assertThat(tree.totalScoreDiffersFromStated()).isFalse();
        assertThat(tree.level1s()).noneMatch(IndicatorTree.Level1Node::weightDiffersFromCap)
                .noneMatch(IndicatorTree.Level1Node::scoreExceedsCap);
    }

    @Test
    void sums_above_a_cap_and_a_total_other_than_stated_show_as_such() {
        IndicatorTree tree = IndicatorTree.build(CAPS, List.of(
                row(1, "产出指标", "数量指标", "a", "50", "50"),
                row(2, "效益指标", "经济效益指标", "b", "20", "20"),
                row(3, "效益指标", "社会效益指标", "c", "20", "20"),
                row(4, "满意度指标", "服务对象满意度指标", "d", "10", "10")), p("10"), p("10"), p("100"), p("100"));

        IndicatorTree.Level1Node benefit = tree.level1s().get(1);
        assertThat(benefit.weight()).isEqualByComparingTo("40");
        assertThat(benefit.weightDiffersFromCap()).isTrue();
        assertThat(benefit.scoreExceedsCap()).isTrue();
        assertThat(tree.totalWeight()).isEqualByComparingTo("110");
        assertThat(tree.totalScore()).isEqualByComparingTo("110");
        assertThat(tree.totalWeightDiffersFromStated()).isTrue();
        assertThat(tree.totalScoreDiffersFromStated()).isTrue();
    }

    @Test
    void a_level_declared_without_indicators_stays_in_the_tree_empty_and_an_undeclared_level_has_no_cap() {
        IndicatorTree tree = IndicatorTree.build(CAPS, List.of(
                row(1, "其他指标", "其他", "x", "5", "5"),
                row(2, "产出指标", "数量指标", "a", "50", "45")), null, null, null, null);

        assertThat(tree.level1s()).extracting(IndicatorTree.Level1Node::label)
                .containsExactly("其他指标", "产出指标", "效益指标", "满意度指标");
        assertThat(tree.level1s().get(0).cap()).isNull();
        assertThat(tree.level1s().get(0).weightDiffersFromCap()).isFalse();
        IndicatorTree.Level1Node satisfaction = tree.level1s().get(3);
        assertThat(satisfaction.children()).isEmpty();
        assertThat(satisfaction.weight()).isNull();
        assertThat(satisfaction.weightDiffersFromCap()).as("declared 10, holds nothing").isTrue();
        assertThat(tree.totalWeight()).as("no funds rows: the indicators alone").isEqualByComparingTo("55");
        assertThat(tree.totalWeightDiffersFromStated()).as("nothing stated to differ from").isFalse();
    }

    @Test
    void unstated_weights_and_scores_are_left_out_of_sums_and_points_lost() {
        IndicatorTree tree = IndicatorTree.build(List.of(), List.of(
                row(1, "产出指标", "数量指标", "a", "10", null),
                row(2, "产出指标", "数量指标", "b", "10", "8")), null, null, null, null);

        IndicatorRow unscored = tree.indicators().get(0);
        assertThat(unscored.pointsLost()).isNull();
        assertThat(unscored.lostPoints()).isFalse();
        assertThat(tree.indicators().get(1).lostPoints()).isTrue();
        assertThat(tree.level1s().get(0).weight()).isEqualByComparingTo("20");
        assertThat(tree.level1s().get(0).score()).isEqualByComparingTo("8");
    }
}
