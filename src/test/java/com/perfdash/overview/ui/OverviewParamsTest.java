package com.perfdash.overview.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.overview.OverviewOptions;
import com.perfdash.overview.SourceFilter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The URL's query parameters to the overview's filter, and back. */
class OverviewParamsTest {

    private static final OverviewOptions LOADED = new OverviewOptions(List.of(2016, 2017, 2019, 2020),
            List.of("街道/镇", "政府部门"), List.of("demo", "real"));

    @Test
    void without_parameters_the_range_is_every_loaded_year_and_the_latest_is_selected() {
        OverviewParams p = OverviewParams.read(Map.of(), LOADED);
        assertThat(p).isEqualTo(new OverviewParams(2020, 2016, 2020, Set.of(), SourceFilter.ALL));
    }

    @Test
    void every_parameter_is_read() {
        OverviewParams p = OverviewParams.read(Map.of("year", List.of("2017"), "from", List.of("2016"), "to", List.of("2025"),
                "cat", List.of("街道/镇", "政府部门"), "src", List.of("demo")), LOADED);
        assertThat(p).isEqualTo(new OverviewParams(2017, 2016, 2025, Set.of("街道/镇", "政府部门"), SourceFilter.DEMO));
        assertThat(p.filter().categories()).containsExactly("政府部门", "街道/镇");
    }

    @Test
    void unreadable_values_fall_back_to_the_defaults_and_a_reversed_range_is_turned_round() {
        OverviewParams p = OverviewParams.read(Map.of("year", List.of("abc"), "from", List.of("2019"), "to", List.of("2017"),
                "src", List.of("all-of-it"), "cat", List.of(" ")), LOADED);
        assertThat(p).isEqualTo(new OverviewParams(2019, 2017, 2019, Set.of(), SourceFilter.ALL));
        assertThat(OverviewParams.read(Map.of("from", List.of("1850")), LOADED).fromYear()).isEqualTo(2016);
    }

    @Test
    void a_selected_year_outside_the_range_becomes_the_latest_loaded_year_inside_it() {
        assertThat(OverviewParams.read(Map.of("year", List.of("2020"), "to", List.of("2018")), LOADED).year()).isEqualTo(2017);
        // no loaded year in the range: its last year
        assertThat(OverviewParams.read(Map.of("from", List.of("2010"), "to", List.of("2012")), LOADED).year()).isEqualTo(2012);
    }

    @Test
    void the_url_written_back_reads_as_the_same_parameters() {
        OverviewParams p = new OverviewParams(2019, 2016, 2020, Set.of("政府部门", "街道/镇"), SourceFilter.REAL);
        assertThat(p.toQuery()).containsEntry("year", List.of("2019")).containsEntry("cat", List.of("政府部门", "街道/镇"))
                .containsEntry("src", List.of("real"));
        assertThat(OverviewParams.read(p.toQuery(), LOADED)).isEqualTo(p);
    }

    @Test
    void a_new_range_moves_the_selected_year_into_it() {
        OverviewParams p = new OverviewParams(2020, 2016, 2020, Set.of(), SourceFilter.ALL);
        assertThat(p.withRange(2016, 2018).year()).isEqualTo(2018);
        assertThat(p.withRange(2019, 2017)).isEqualTo(new OverviewParams(2019, 2017, 2019, Set.of(), SourceFilter.ALL));
    }
}
