package com.perfdash.units.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.units.IndicatorRow;
import com.perfdash.units.IndicatorTree;
import com.perfdash.units.Level1Cap;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorGridRowTest {

    private static BigDecimal p(String s) {
        return new BigDecimal(s);
    }

    @Test
    void groups_come_first_then_funds_then_the_total_beside_the_stated_one() {
        IndicatorTree tree = IndicatorTree.build(List.of(new Level1Cap(1, "产出指标", p("50")), new Level1Cap(2, "效益指标", p("30"))),
                List.of(new IndicatorRow(1, 1, "产出指标", "数量指标", "培训", "10 次", "8 次", p("50"), p("45"), "少两次"),
                        new IndicatorRow(1, 2, "效益指标", "社会效益指标", "受益", "有所提升", "有所提升", p("40"), p("40"), null)),
                p("10"), p("10"), p("100"), p("100"));

        List<IndicatorGridRow> rows = IndicatorGridRow.rows(tree, "资金", "合计", "t0");

        assertThat(rows).extracting(IndicatorGridRow::kind).containsExactly(
                IndicatorGridRow.Kind.LEVEL1, IndicatorGridRow.Kind.LEVEL1, IndicatorGridRow.Kind.FUNDS, IndicatorGridRow.Kind.TOTAL);
        IndicatorGridRow output = rows.get(0);
        assertThat(output.cap()).isEqualByComparingTo("50");
        assertThat(output.overCap()).isFalse();
        assertThat(output.lostPoints()).isTrue();
        IndicatorGridRow training = output.children().get(0).children().get(0);
        assertThat(training.key()).isEqualTo("i1-1");
        assertThat(training.target()).isEqualTo("10 次");
        assertThat(training.pointsLost()).isEqualByComparingTo("5");
        assertThat(training.note()).isEqualTo("少两次");
        assertThat(rows.get(1).overCap()).as("40 under a cap of 30").isTrue();
        IndicatorGridRow total = rows.get(3);
        assertThat(total.weight()).isEqualByComparingTo("100");
        assertThat(total.score()).isEqualByComparingTo("95");
        assertThat(total.cap()).isEqualByComparingTo("100");
        assertThat(total.statedScore()).isEqualByComparingTo("100");
        assertThat(total.overCap()).as("95 computed, 100 stated").isTrue();
        assertThat(total.key()).as("the total row answers to the table's key").isEqualTo("t0");
        assertThat(ReportTables.partNames(total, java.util.Set.of("t0"))).contains("highlighted");
        assertThat(ReportTables.partNames(total, java.util.Set.of("t1"))).doesNotContain("highlighted");
    }
}
