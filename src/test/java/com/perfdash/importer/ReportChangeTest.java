package com.perfdash.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Comparing two versions of a report figure by figure, without a database. */
class ReportChangeTest {

    private static KeyFigures figures(String income, String executed, String rate, String grade) {
        return new KeyFigures("u1", 2020, "荷塘区财政局", "seed", new BigDecimal(income), new BigDecimal("516.66"),
                new BigDecimal("516.66"), new BigDecimal(executed), rate == null ? null : new BigDecimal(rate), null,
                new BigDecimal("92"), grade);
    }

    @Test
    void a_replacement_lists_every_figure_and_marks_the_changed_ones() {
        ReportChange c = ReportChange.between(figures("516.66", "516.66", "1", "优"), figures("474.25", "500.00", "0.9678", "良"));

        assertThat(c.isNew()).isFalse();
        assertThat(c.replacedDataSet()).isEqualTo("seed");
        assertThat(c.figures()).extracting(FigureChange::figure).containsExactly(KeyFigure.values());
        assertThat(c.figures()).filteredOn(FigureChange::changed).extracting(FigureChange::figure)
                .containsExactly(KeyFigure.INCOME_TOTAL, KeyFigure.EXECUTED, KeyFigure.EXECUTION_RATE);
        assertThat(c.figures().get(0).difference()).isEqualByComparingTo("-42.41");
        assertThat(c.gradeChanged()).isTrue();
        assertThat(c.anyChange()).isTrue();
    }

    @Test
    void equal_values_in_other_scales_are_no_change_and_a_missing_value_has_no_difference() {
        ReportChange c = ReportChange.between(figures("9.00", "516.66", null, "优"), figures("9", "516.660", "1", "优"));

        FigureChange rate = c.figures().get(KeyFigure.EXECUTION_RATE.ordinal());
        assertThat(rate.changed()).isTrue();
        assertThat(rate.difference()).isNull();
        assertThat(c.figures()).filteredOn(FigureChange::changed).extracting(FigureChange::figure)
                .containsExactly(KeyFigure.EXECUTION_RATE);
        assertThat(c.figures().get(KeyFigure.PROJECT_FUNDING.ordinal()).changed()).as("null before and after").isFalse();
    }

    @Test
    void a_new_report_has_no_before() {
        ReportChange c = ReportChange.between(null, figures("516.66", "516.66", "1", "优"));

        assertThat(c.isNew()).isTrue();
        assertThat(c.replacedDataSet()).isNull();
        assertThat(c.gradeChanged()).isFalse();
        assertThat(c.figures().get(0).before()).isNull();
    }
}
