package com.perfdash.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void the_text_anywhere_with_wildcards_and_the_escape_taken_literally() {
        assertThat(SearchText.containsPattern(" 荷塘 ")).isEqualTo("%荷塘%");
        assertThat(SearchText.containsPattern("50%_!")).isEqualTo("%50!%!_!!%");
        assertThat(SearchText.containsPattern(null)).isNull();
        assertThat(SearchText.containsPattern("  ")).isNull();
    }
}
