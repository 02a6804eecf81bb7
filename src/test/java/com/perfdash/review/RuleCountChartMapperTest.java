package com.perfdash.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.base.chart.ChartOptions;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RuleCountChartMapperTest {

    private static final List<RuleYearCount> COUNTS = List.of(
            new RuleYearCount(ReviewRule.SCORE_GRADE, 2021, 1),
            new RuleYearCount(ReviewRule.SUM_INCOME_PARTS, 2018, 3),
            new RuleYearCount(ReviewRule.SUM_INCOME_PARTS, 2021, 2));

    @Test
    void one_category_per_year_and_one_series_per_rule_in_catalogue_order() {
        RuleCountChartMapper.RuleYearSeries s = RuleCountChartMapper.toSeries(COUNTS, List.of(2018, 2019, 2021));
        assertThat(s.years()).containsExactly("2018", "2019", "2020", "2021");
        assertThat(s.series().keySet()).containsExactly(ReviewRule.SUM_INCOME_PARTS, ReviewRule.SCORE_GRADE);
        assertThat(s.series().get(ReviewRule.SUM_INCOME_PARTS)).as("2019 loaded without findings: 0; 2020 not loaded: a gap")
                .containsExactly(3, 0, null, 2);
        assertThat(s.series().get(ReviewRule.SCORE_GRADE)).containsExactly(0, 0, null, 1);
    }

    @Test
    void the_options_stack_columns_named_by_rule_title_in_the_ui_language() {
        ChartOptions zh = RuleCountChartMapper.toOptions(COUNTS, List.of(2018, 2021), key -> "«" + key + "»", Locale.SIMPLIFIED_CHINESE);
        assertThat(zh.chart().stacked()).isTrue();
        assertThat(zh.series()).extracting(ChartOptions.Series::name).containsExactly("预算收入与其分项之和不符", "等级与得分不符");
        assertThat(zh.title().text()).isEqualTo("«review.chart.title»");
        assertThat(zh.colors()).hasSize(2).doesNotHaveDuplicates();
        ChartOptions en = RuleCountChartMapper.toOptions(COUNTS, List.of(2018, 2021), key -> key, Locale.ENGLISH);
        assertThat(en.series()).extracting(ChartOptions.Series::name).containsExactly(
                "Income parts do not add up to the income total", "Grade does not match the score");
    }

    @Test
    void rules_of_one_group_get_different_shades_of_the_groups_colour() {
        List<RuleYearCount> sums = Arrays.stream(ReviewRule.values()).filter(r -> r.group() == RuleGroup.SUMS)
                .map(r -> new RuleYearCount(r, 2020, 1)).toList();
        assertThat(RuleCountChartMapper.toOptions(sums, List.of(2020), k -> k, Locale.CHINESE).colors()).doesNotHaveDuplicates();
    }

    @Test
    void no_findings_give_a_chart_without_data() {
        ChartOptions none = RuleCountChartMapper.toOptions(List.of(), List.of(2019, 2020), k -> k, Locale.CHINESE);
        assertThat(none.hasData()).isFalse();
        assertThat(none.categories()).containsExactly("2019", "2020");
    }
}
