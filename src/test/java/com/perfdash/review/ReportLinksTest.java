package com.perfdash.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportLinksTest {

    @Test
    void a_report_page_link_carries_the_rows_to_highlight() {
        assertThat(ReportLinks.reportPage("zz-hetang-qwbgs", 2020, List.of("t1.ind.5", "t0.ind.7")))
                .isEqualTo("units/zz-hetang-qwbgs/2020?highlight=t1.ind.5,t0.ind.7");
    }

    @Test
    void without_rows_the_link_is_the_plain_report_page() {
        assertThat(ReportLinks.reportPage("u1", 2019, List.of())).isEqualTo("units/u1/2019");
    }

    @Test
    void odd_characters_in_a_unit_code_are_encoded() {
        assertThat(ReportLinks.reportPage("a b/c", 2019, List.of("p1"))).isEqualTo("units/a%20b%2Fc/2019?highlight=p1");
    }
}
