package com.perfdash.compare.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.compare.CompareFilter;
import com.perfdash.compare.CompareMetric;
import com.perfdash.compare.CompareOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompareAddressTest {

    private static final CompareOptions OPTIONS = new CompareOptions(List.of(2016, 2017, 2018, 2019, 2020), List.of("政府部门", "街道/镇"));

    @Test
    void an_empty_address_means_execution_rate_of_the_last_year_over_all_years() {
        CompareFilter f = CompareAddress.parse(Map.of(), OPTIONS);

        assertThat(f).isEqualTo(new CompareFilter(CompareMetric.EXECUTION_RATE, 2020, 2016, 2020, null, null));
    }

    @Test
    void every_selection_round_trips_through_the_address() {
        CompareFilter f = new CompareFilter(CompareMetric.POINTS_LOST, 2018, 2017, 2019, "街道/镇", List.of("a", "b"));

        Map<String, List<String>> p = CompareAddress.parameters(f);

        assertThat(p).containsEntry("metric", List.of("points_lost")).containsEntry("units", List.of("a", "b"))
                .containsEntry("category", List.of("街道/镇"));
        assertThat(CompareAddress.parse(p, OPTIONS)).isEqualTo(f);
    }

    @Test
    void unknown_values_fall_back_to_their_defaults() {
        CompareFilter f = CompareAddress.parse(Map.of("metric", List.of("drop table"), "year", List.of("1999"),
                "from", List.of("x"), "category", List.of("不存在")), OPTIONS);

        assertThat(f).isEqualTo(new CompareFilter(CompareMetric.EXECUTION_RATE, 2020, 2016, 2020, null, null));
    }

    @Test
    void units_may_be_written_with_commas_and_an_empty_list_draws_no_lines() {
        assertThat(CompareAddress.parse(Map.of("units", List.of("a,b", "c")), OPTIONS).units()).containsExactly("a", "b", "c");
        assertThat(CompareAddress.parse(Map.of("units", List.of("")), OPTIONS).units()).isEmpty();
        CompareFilter none = new CompareFilter(CompareMetric.EXECUTED, 2020, 2016, 2020, null, List.of());
        assertThat(CompareAddress.parse(CompareAddress.parameters(none), OPTIONS).units()).isEmpty();
    }

    @Test
    void a_reversed_range_is_put_in_order_and_at_most_eight_units_are_kept() {
        CompareFilter f = CompareAddress.parse(Map.of("from", List.of("2019"), "to", List.of("2017"),
                "units", List.of("a,b,c,d,e,f,g,h,i,j")), OPTIONS);

        assertThat(f.fromYear()).isEqualTo(2017);
        assertThat(f.toYear()).isEqualTo(2019);
        assertThat(f.units()).hasSize(CompareFilter.MAX_LINE_UNITS);
    }
}
