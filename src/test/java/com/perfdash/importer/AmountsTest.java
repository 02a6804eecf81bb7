package com.perfdash.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AmountsTest {

    @Test
    void amounts_are_read_with_separators_and_the_unit_written_in_keeping_the_text() {
        assertThat(Amounts.parse("1,234.56").value()).isEqualByComparingTo("1234.56");
        assertThat(Amounts.parse("1,234.56").stated()).isEqualTo("1,234.56");
        assertThat(Amounts.parse("1,234.56").rewritten()).isTrue();
        assertThat(Amounts.parse("516.66万元").value()).isEqualByComparingTo("516.66");
        assertThat(Amounts.parse("4753.66 万").value()).isEqualByComparingTo("4753.66");
        assertThat(Amounts.parse("89.974").value()).isEqualTo(new BigDecimal("89.974"));
        assertThat(Amounts.parse("89.974").rewritten()).isFalse();
    }

    @Test
    void dashes_slashes_none_and_blank_state_nothing_and_words_are_not_amounts() {
        for (String nothing : new String[] {"—", "/", "无", "", "  "}) {
            assertThat(Amounts.parse(nothing).ok()).as(nothing).isTrue();
            assertThat(Amounts.parse(nothing).value()).as(nothing).isNull();
        }
        assertThat(Amounts.parse("五百一十六").ok()).isFalse();
        assertThat(Amounts.parse("387664.62元").ok()).isFalse(); // 元, not 万元: never read as 万元
        assertThat(Amounts.parse("1,23.4").ok()).isFalse();
    }
}
