package com.perfdash.units.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.units.YearScore;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreSparklineTest {

    private static YearScore s(int year, String score) {
        return new YearScore(year, score == null ? null : new BigDecimal(score));
    }

    @Test
    void scores_run_left_to_right_on_a_60_to_100_scale() {
        ScoreSparkline line = ScoreSparkline.of(List.of(s(2018, "100"), s(2019, "80"), s(2020, "60")));
        // x from 3 to 77, y from 3 (100 points) to 19 (60 points)
        assertThat(line.path()).isEqualTo("M3.0 3.0 L40.0 11.0 L77.0 19.0 l0 0");
        assertThat(line.lastX()).isEqualTo(77.0);
        assertThat(line.lastY()).isEqualTo(19.0);
        assertThat(line.title()).isEqualTo("2018: 100 · 2019: 80 · 2020: 60");
    }

    @Test
    void a_year_without_a_score_breaks_the_line() {
        ScoreSparkline line = ScoreSparkline.of(List.of(s(2016, "90"), s(2017, null), s(2018, "90"), s(2020, "90")));
        assertThat(line.path()).isEqualTo("M3.0 7.0 l0 0 M40.0 7.0 l0 0 M77.0 7.0 l0 0");
        assertThat(line.title()).isEqualTo("2016: 90 · 2017: — · 2018: 90 · 2020: 90");
    }

    @Test
    void one_year_is_a_dot_in_the_middle_and_no_score_draws_nothing() {
        assertThat(ScoreSparkline.of(List.of(s(2020, "92"))).path()).isEqualTo("M40.0 6.2 l0 0");
        ScoreSparkline none = ScoreSparkline.of(List.of());
        assertThat(none.path()).isEmpty();
        assertThat(none.lastX()).isNull();
    }

    @Test
    void a_score_below_60_widens_the_scale_instead_of_leaving_the_box() {
        ScoreSparkline line = ScoreSparkline.of(List.of(s(2019, "40"), s(2020, "100")));
        assertThat(line.path()).isEqualTo("M3.0 19.0 L77.0 3.0 l0 0");
    }
}
