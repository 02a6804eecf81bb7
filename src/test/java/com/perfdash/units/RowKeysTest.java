package com.perfdash.units;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RowKeysTest {

    @Test
    void a_highlight_parameter_gives_its_row_keys_in_order() {
        assertThat(RowKeys.parse("i0-7, f0-total,p3,income,EXPENDITURE,i1-10"))
                .containsExactly("i0-7", "f0-total", "p3", "income", "expenditure", "i1-10");
    }

    @Test
    void anything_that_is_not_a_row_key_is_dropped() {
        assertThat(RowKeys.parse("i0,f0-sum,x,,p,<script>,p12")).containsExactly("p12");
        assertThat(RowKeys.parse(null)).isEmpty();
        assertThat(RowKeys.parse("  ")).isEmpty();
    }

    @Test
    void rows_name_themselves_with_the_keys_the_parameter_accepts() {
        assertThat(RowKeys.indicator(0, 7)).isEqualTo("i0-7");
        assertThat(RowKeys.funds(1, "carryover")).isEqualTo("f1-carryover");
        assertThat(RowKeys.project(3)).isEqualTo("p3");
        assertThat(RowKeys.parse(RowKeys.join(java.util.Set.of("p3")))).containsExactly("p3");
    }
}
