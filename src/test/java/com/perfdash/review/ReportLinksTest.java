package com.perfdash.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.units.ui.UnitRoutes;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Links from a finding to the unit drill-down, in the addresses and row keys those pages read. */
class ReportLinksTest {

    @Test
    void a_finding_in_the_whole_unit_table_opens_the_report_page_with_its_rows() {
        assertThat(ReportLinks.page("zz-hetang-qwbgs", 2020, 0, List.of("i0-7", "f0-total", "income")))
                .isEqualTo("units/zz-hetang-qwbgs/2020?highlight=i0-7,f0-total,income");
    }

    @Test
    void a_finding_in_a_project_table_opens_that_tables_page_with_its_rows_only() {
        assertThat(ReportLinks.page("zz-hetang-qwbgs", 2020, 1, List.of("i1-5", "i0-7")))
                .isEqualTo("units/zz-hetang-qwbgs/2020/projects/1?highlight=i1-5");
    }

    @Test
    void without_rows_on_the_page_the_link_is_the_plain_page() {
        assertThat(ReportLinks.page("u1", 2019, 0, List.of())).isEqualTo("units/u1/2019");
        assertThat(ReportLinks.page("u1", 2019, 2, List.of("p1"))).isEqualTo("units/u1/2019/projects/2");
    }

    @Test
    void odd_characters_in_a_unit_code_are_encoded() {
        assertThat(ReportLinks.page("a b/c", 2019, 0, List.of("p1"))).isEqualTo("units/a%20b%2Fc/2019?highlight=p1");
    }

    @Test
    void the_addresses_are_the_drill_downs_own() {
        assertThat(ReportLinks.page("zz-hetang-qwbgs", 2020, 0, List.of("i0-7", "income")))
                .isEqualTo(UnitRoutes.report("zz-hetang-qwbgs", 2020, new LinkedHashSet<>(List.of("i0-7", "income"))).replace("%2C", ","))
                .startsWith(UnitRoutes.report("zz-hetang-qwbgs", 2020));
        assertThat(ReportLinks.page("zz-hetang-qwbgs", 2020, 3, List.of()))
                .isEqualTo(UnitRoutes.projectTable("zz-hetang-qwbgs", 2020, 3));
    }

    @Test
    void the_row_keys_are_the_ones_the_report_pages_read() {
        assertThat(RowKeys.indicator(0, 7)).isEqualTo(com.perfdash.units.RowKeys.indicator(0, 7));
        assertThat(RowKeys.funds(1, "carryover")).isEqualTo(com.perfdash.units.RowKeys.funds(1, "carryover"));
        assertThat(RowKeys.project(3)).isEqualTo(com.perfdash.units.RowKeys.project(3));
        assertThat(com.perfdash.units.RowKeys.parse("i0-7,f1-carryover,p3,income,expenditure"))
                .containsExactly("i0-7", "f1-carryover", "p3", "income", "expenditure");
        assertThat(RowKeys.tableOf("i12-3")).isEqualTo(12);
        assertThat(RowKeys.tableOf("f0-total")).isZero();
        assertThat(RowKeys.tableOf("t2")).isEqualTo(2);
        assertThat(RowKeys.tableOf("p3")).isNull();
    }
}
