package com.perfdash.base.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one year fill of the charts: a year without data is a gap between the first and the last year, never left out. */
class YearSlotsTest {

    record Row(int year, BigDecimal budget) {
    }

    @Test
    void a_year_without_a_row_is_a_gap_between_the_first_and_the_last() {
        YearSlots<Row> slots = YearSlots.of(List.of(new Row(2023, new BigDecimal("516.66")), new Row(2020, new BigDecimal("478.56"))),
                Row::year);
        assertThat(slots.years()).containsExactly(2020, 2021, 2022, 2023);
        assertThat(slots.labels()).containsExactly("2020", "2021", "2022", "2023");
        assertThat(slots.series(Row::budget)).containsExactly(new BigDecimal("478.56"), null, null, new BigDecimal("516.66"));
    }

    @Test
    void a_chosen_range_keeps_its_years_with_or_without_rows() {
        YearSlots<Row> slots = YearSlots.between(2019, 2021, List.of(new Row(2020, BigDecimal.TEN), new Row(2024, BigDecimal.ONE)), Row::year);
        assertThat(slots.labels()).containsExactly("2019", "2020", "2021");
        assertThat(slots.series(Row::budget)).containsExactly(null, BigDecimal.TEN, null);
    }

    @Test
    void no_rows_no_years_and_the_first_row_of_a_year_counts() {
        assertThat(YearSlots.of(List.<Row>of(), Row::year).years()).isEmpty();
        assertThat(YearSlots.spanning(List.of(2022, 2019)).years()).containsExactly(2019, 2020, 2021, 2022);
        assertThat(YearSlots.of(List.of(new Row(2020, BigDecimal.ONE), new Row(2020, BigDecimal.TEN)), Row::year).series(Row::budget))
                .containsExactly(BigDecimal.ONE);
    }

    @Test
    void a_fraction_is_drawn_as_a_percent_value_with_two_decimals() {
        assertThat(PercentValue.of(new BigDecimal("0.941667"))).isEqualByComparingTo("94.17");
        assertThat(PercentValue.of(new BigDecimal("0.941667")).scale()).isEqualTo(2);
        assertThat(PercentValue.of(new BigDecimal("0.0000049"))).isEqualByComparingTo("0.00");
        assertThat(PercentValue.of(0.5)).isEqualByComparingTo("50.00");
        assertThat(PercentValue.of((BigDecimal) null)).isNull();
        assertThat(PercentValue.of((Double) null)).isNull();
    }
}
