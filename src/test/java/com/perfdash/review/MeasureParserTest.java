package com.perfdash.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.review.Measure.Comparison;
import com.perfdash.review.Measure.DateSpan;
import com.perfdash.review.Measure.Qualitative;
import com.perfdash.review.Measure.Quantity;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Target and actual texts as real reports write them. */
class MeasureParserTest {

    private static Quantity quantity(String text) {
        Measure m = MeasureParser.parse(text);
        assertThat(m).as(text).isInstanceOf(Quantity.class);
        return (Quantity) m;
    }

    private static DateSpan dates(String text) {
        Measure m = MeasureParser.parse(text);
        assertThat(m).as(text).isInstanceOf(DateSpan.class);
        return (DateSpan) m;
    }

    private static void assertQuantity(Quantity q, Comparison cmp, String base, String baseUnit) {
        assertThat(q.comparison()).isEqualTo(cmp);
        assertThat(q.baseValue()).isEqualByComparingTo(base);
        assertThat(q.baseUnit()).isEqualTo(baseUnit);
    }

    @Test
    void at_least_a_percentage() {
        Quantity q = quantity("≥95%");
        assertQuantity(q, Comparison.AT_LEAST, "95", "%");
        assertThat(q.isPercent()).isTrue();
        assertThat(q.baseHalfStep()).isEqualByComparingTo("0.5");
    }

    @Test
    void a_count_with_a_space_before_its_unit() {
        Quantity q = quantity("4 次");
        assertQuantity(q, Comparison.EQUAL, "4", "次");
        assertThat(q.unit()).isEqualTo("次");
    }

    @Test
    void ten_thousand_items_multiply_out() {
        Quantity q = quantity("11.8 万件");
        assertQuantity(q, Comparison.EQUAL, "118000", "件");
        assertThat(q.value()).isEqualByComparingTo("11.8");
        assertThat(q.unit()).isEqualTo("万件");
        assertThat(q.baseHalfStep()).as("11.8 万件 is rounded to 0.1 万件").isEqualByComparingTo("500");
    }

    @Test
    void ten_thousand_yuan_is_money_in_wan_yuan() {
        Quantity q = quantity("491.38 万元");
        assertQuantity(q, Comparison.EQUAL, "4913800", "元");
        assertThat(q.isMoney()).isTrue();
        assertThat(q.wanYuan()).isEqualByComparingTo("491.38");
    }

    @Test
    void a_unit_broken_over_two_lines_is_read_whole() {
        assertThat(quantity("491.38 万\n元").wanYuan()).isEqualByComparingTo("491.38");
    }

    @Test
    void at_most_thirty_wan_yuan() {
        Quantity q = quantity("≤30万元");
        assertQuantity(q, Comparison.AT_MOST, "300000", "元");
        assertThat(q.wanYuan()).isEqualByComparingTo("30.00");
    }

    @Test
    void percent_written_as_a_word() {
        Quantity q = quantity("100 百分比");
        assertQuantity(q, Comparison.EQUAL, "100", "%");
        assertThat(q.isPercent()).isTrue();
    }

    @Test
    void a_month_range_within_one_year() {
        DateSpan d = dates("2020 年 1 月-12 月");
        assertThat(d.from()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(d.to()).isEqualTo(LocalDate.of(2020, 12, 31));
    }

    @Test
    void a_month_range_broken_over_two_lines() {
        DateSpan d = dates("2020 年 1 月\n-12 月");
        assertThat(d.to()).isEqualTo(LocalDate.of(2020, 12, 31));
    }

    @Test
    void one_month_is_the_whole_month() {
        DateSpan d = dates("2020 年1 月");
        assertThat(d.from()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(d.to()).isEqualTo(LocalDate.of(2020, 1, 31));
    }

    @Test
    void other_date_forms_and_deadlines() {
        assertThat(dates("2020-12-31").to()).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(dates("2020.1-2020.6").to()).isEqualTo(LocalDate.of(2020, 6, 30));
        assertThat(dates("2021年2月").to()).isEqualTo(LocalDate.of(2021, 2, 28));
        DateSpan deadline = dates("2020年12月底前");
        assertThat(deadline.comparison()).isEqualTo(Comparison.AT_MOST);
        assertThat(deadline.to()).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(dates("2020年度").from()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(dates("2020年1月1日至12月31日").to()).isEqualTo(LocalDate.of(2020, 12, 31));
    }

    @Test
    void comparators_in_words() {
        assertThat(quantity("不低于90%").comparison()).isEqualTo(Comparison.AT_LEAST);
        assertThat(quantity("95%以上").comparison()).isEqualTo(Comparison.AT_LEAST);
        assertThat(quantity("控制在30万元以内").comparison()).isEqualTo(Comparison.AT_MOST);
        assertThat(quantity("不超过 5 次").comparison()).isEqualTo(Comparison.AT_MOST);
        assertThat(quantity("＞90％").comparison()).isEqualTo(Comparison.MORE_THAN);
        Quantity people = quantity("600 余人");
        assertThat(people.comparison()).isEqualTo(Comparison.AT_LEAST);
        assertThat(people.baseUnit()).isEqualTo("人");
        assertThat(quantity("1,200 户").baseValue()).isEqualByComparingTo("1200");
        assertThat(quantity("3.5亿元").wanYuan()).isEqualByComparingTo("35000");
        assertThat(quantity("98 件").baseUnit()).isEqualTo("件");
        assertThat(quantity("6 个月").baseUnit()).isEqualTo("个月");
    }

    @ParameterizedTest
    @ValueSource(strings = {"长期", "有所提升", "持续培养。", "继续保持， 有所创新", "按时按质完成", "无", "", "2020 年 1",
            "12 月", "12月底", "≥95%以下", "90-95%", "完成率100%", "2020年13月", "2020年2月30日"})
    void texts_that_are_not_one_quantity_or_date_are_qualitative(String text) {
        assertThat(MeasureParser.parse(text)).isInstanceOf(Qualitative.class);
        assertThat(MeasureParser.parse(text).text()).isEqualTo(text);
    }

    @Test
    void null_is_qualitative() {
        assertThat(MeasureParser.parse(null)).isInstanceOf(Qualitative.class);
    }

    @Test
    void the_half_step_follows_the_written_decimals() {
        assertThat(quantity("95.5%").halfStep()).isEqualByComparingTo(new BigDecimal("0.05"));
        assertThat(quantity("4 次").halfStep()).isEqualByComparingTo(new BigDecimal("0.5"));
    }
}
