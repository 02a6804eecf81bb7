package com.perfdash.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.base.chart.ChartOptions;
import com.perfdash.base.chart.ValueFormat;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class YearlyBudgetChartMapperTest {

    private static final Function<String, String> KEYS = key -> key;

    /** A year as yearlyBudgets.sql gives it: the totals and year_metrics' rate (a fraction, null without one). */
    private static YearlyBudget year(int fiscalYear, String budget, String executed, String rate) {
        return new YearlyBudget(fiscalYear, 3, new BigDecimal(budget), new BigDecimal(executed), rate == null ? null : new BigDecimal(rate));
    }

    @Test
    void each_year_gets_its_budget_executed_and_execution_rate_in_percent() {
        var s = YearlyBudgetChartMapper.toSeries(List.of(year(2019, "500.00", "450.00", "0.900000"), year(2020, "516.66", "516.66", "1.000000")));

        assertThat(s.years()).containsExactly("2019", "2020");
        assertThat(s.fullYearBudget()).containsExactly(new BigDecimal("500.00"), new BigDecimal("516.66"));
        assertThat(s.executed()).containsExactly(new BigDecimal("450.00"), new BigDecimal("516.66"));
        assertThat(s.executionRatePct()).containsExactly(new BigDecimal("90.00"), new BigDecimal("100.00"));
    }

    @Test
    void a_missing_year_inside_the_range_keeps_its_category_with_null_values() {
        var s = YearlyBudgetChartMapper.toSeries(List.of(year(2021, "300.00", "270.00", "0.900000"), year(2019, "100.00", "90.00", "0.900000")));

        assertThat(s.years()).containsExactly("2019", "2020", "2021");
        assertThat(s.fullYearBudget()).containsExactly(new BigDecimal("100.00"), null, new BigDecimal("300.00"));
        assertThat(s.executed()).containsExactly(new BigDecimal("90.00"), null, new BigDecimal("270.00"));
        assertThat(s.executionRatePct()).containsExactly(new BigDecimal("90.00"), null, new BigDecimal("90.00"));
    }

    @Test
    void execution_rate_is_missing_where_the_year_has_none() {
        var s = YearlyBudgetChartMapper.toSeries(List.of(year(2020, "0", "0", null)));

        assertThat(s.executionRatePct()).containsExactly((BigDecimal) null);
        assertThat(s.fullYearBudget()).containsExactly(BigDecimal.ZERO);
    }

    @Test
    void execution_rate_is_shown_as_a_percent_rounded_half_up_to_two_decimals() {
        var s = YearlyBudgetChartMapper.toSeries(List.of(year(2020, "3.00", "2.00", "0.666667")));

        assertThat(s.executionRatePct()).containsExactly(new BigDecimal("66.67"));
    }

    @Test
    void no_rows_give_no_categories_and_an_empty_chart() {
        ChartOptions options = YearlyBudgetChartMapper.toOptions(List.of(), KEYS, Locale.SIMPLIFIED_CHINESE);

        assertThat(options.categories()).isEmpty();
        assertThat(options.hasData()).isFalse();
    }

    @Test
    void options_have_two_money_columns_and_the_rate_as_a_line_on_a_percent_axis() {
        ChartOptions options = YearlyBudgetChartMapper.toOptions(
                List.of(year(2019, "100.00", "90.00", "0.900000"), year(2021, "300.00", "270.00", "0.900000")), KEYS, Locale.SIMPLIFIED_CHINESE);

        assertThat(options.categories()).containsExactly("2019", "2020", "2021");
        assertThat(options.series()).extracting(ChartOptions.Series::name)
                .containsExactly("metric.fullYearBudget", "metric.executed", "metric.executionRate");
        assertThat(options.series()).extracting(ChartOptions.Series::type)
                .containsExactly(ChartOptions.SeriesType.COLUMN, ChartOptions.SeriesType.COLUMN, ChartOptions.SeriesType.LINE);
        assertThat(options.series().get(1).data()).isEqualTo(Arrays.asList(new BigDecimal("90.00"), null, new BigDecimal("270.00")));
        assertThat(options.yaxis()).extracting(a -> a.labels().format())
                .containsExactly(ValueFormat.WAN_YUAN, ValueFormat.PERCENT);
        assertThat(options.yaxis().get(1).seriesName()).containsExactly("metric.executionRate");
        assertThat(options.chart().toolbar().export().png().filename()).isEqualTo("2019-2021年度chart.yearlyBudget.file");
    }
}
