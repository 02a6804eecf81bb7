package com.perfdash.projects;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.base.chart.ChartOptions;
import com.perfdash.review.Basis;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FundingChartMapperTest {

    private static CategoryFunding f(int year, String category, String amount) {
        return new CategoryFunding(year, category, amount == null ? null : new BigDecimal(amount), 1);
    }

    @Test
    void each_category_is_a_stacked_column_and_the_total_a_line() {
        var s = FundingChartMapper.toSeries(List.of(f(2019, "街道/镇", "10.00"), f(2019, "政府部门", "5.50"), f(2021, "政府部门", "7.00")));

        assertThat(s.years()).containsExactly("2019", "2020", "2021");
        assertThat(s.byCategory().keySet()).containsExactly("政府部门", "街道/镇");
        assertThat(s.byCategory().get("街道/镇")).isEqualTo(Arrays.asList(new BigDecimal("10.00"), null, null));
        assertThat(s.total()).isEqualTo(Arrays.asList(new BigDecimal("15.50"), null, new BigDecimal("7.00")));
    }

    @Test
    void a_category_without_funding_stated_adds_nothing_to_the_total() {
        var s = FundingChartMapper.toSeries(List.of(f(2020, "街道/镇", null), f(2020, "政府部门", "3.00")));

        assertThat(s.total()).containsExactly(new BigDecimal("3.00"));
    }

    @Test
    void options_stack_the_columns_on_one_money_axis() {
        ChartOptions o = FundingChartMapper.toOptions(List.of(f(2020, "政府部门", "3.00")), k -> k, Locale.SIMPLIFIED_CHINESE, Basis.STATED);

        assertThat(o.chart().stacked()).isTrue();
        assertThat(o.series()).extracting(ChartOptions.Series::name, ChartOptions.Series::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("政府部门", ChartOptions.SeriesType.COLUMN),
                        org.assertj.core.groups.Tuple.tuple("projects.funding.total", ChartOptions.SeriesType.LINE));
        assertThat(FundingChartMapper.toOptions(List.of(), k -> k, Locale.SIMPLIFIED_CHINESE, Basis.STATED).hasData()).isFalse();
    }
}
