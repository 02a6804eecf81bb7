package com.perfdash.base.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChartOptionsJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ChartOptions comboChart(Locale locale) {
        return ChartBuilder.create(locale)
                .title("历年全年预算数与全年执行数")
                .fileName("历年预算执行情况")
                .categories(List.of("2019", "2020", "2021"), "年度")
                .axis("金额（万元）", ValueFormat.WAN_YUAN)
                .column("全年预算数", Arrays.asList(new BigDecimal("516.66"), null, new BigDecimal("600.00")))
                .column("全年执行数", Arrays.asList(new BigDecimal("500.10"), null, new BigDecimal("1E+2")))
                .axis("执行率（%）", ValueFormat.PERCENT)
                .line("执行率", Arrays.asList(96.8, null, 16.67))
                .build();
    }

    private static JsonNode json(ChartOptions options) throws Exception {
        return JSON.readTree(options.toJson());
    }

    @Test
    void missing_values_are_written_as_json_null_inside_the_data() throws Exception {
        JsonNode series = json(comboChart(Locale.SIMPLIFIED_CHINESE)).get("series");

        assertThat(series.get(0).get("data").get(1).isNull()).isTrue();
        assertThat(series.get(2).get("data").get(1).isNull()).isTrue();
        assertThat(series.get(0).get("data")).hasSize(3);
    }

    @Test
    void big_decimals_are_plain_numbers_with_their_scale() throws Exception {
        String text = comboChart(Locale.SIMPLIFIED_CHINESE).toJson();

        assertThat(text).contains("[516.66,null,600.00]").contains("[500.10,null,100]");
    }

    @Test
    void null_fields_are_left_out() throws Exception {
        JsonNode root = json(comboChart(Locale.SIMPLIFIED_CHINESE));

        assertThat(root.has("chart")).isTrue();
        assertThat(root.get("chart").has("stacked")).isFalse();
        assertThat(root.get("yaxis").get(0).has("opposite")).isFalse();
        assertThat(root.get("yaxis").get(0).has("min")).isFalse();
        assertThat(text(root)).doesNotContain("null,\"").doesNotContain(":null");
    }

    @Test
    void columns_and_a_line_make_a_mixed_bar_chart_with_typed_series() throws Exception {
        JsonNode root = json(comboChart(Locale.SIMPLIFIED_CHINESE));

        assertThat(root.at("/chart/type").asText()).isEqualTo("bar");
        assertThat(root.at("/series/0/type").asText()).isEqualTo("column");
        assertThat(root.at("/series/2/type").asText()).isEqualTo("line");
        assertThat(root.at("/stroke/width").toString()).isEqualTo("[0,0,3]");
    }

    @Test
    void each_axis_names_its_series_and_its_format_and_the_second_sits_on_the_right() throws Exception {
        JsonNode yaxis = json(comboChart(Locale.SIMPLIFIED_CHINESE)).get("yaxis");

        assertThat(yaxis).hasSize(2);
        assertThat(yaxis.at("/0/seriesName").toString()).isEqualTo("[\"全年预算数\",\"全年执行数\"]");
        assertThat(yaxis.at("/0/labels/format").asText()).isEqualTo("WAN_YUAN");
        assertThat(yaxis.at("/0/title/text").asText()).isEqualTo("金额（万元）");
        assertThat(yaxis.at("/1/seriesName").toString()).isEqualTo("[\"执行率\"]");
        assertThat(yaxis.at("/1/labels/format").asText()).isEqualTo("PERCENT");
        assertThat(yaxis.at("/1/opposite").asBoolean()).isTrue();
    }

    @Test
    void tooltip_formats_each_series_like_its_axis() throws Exception {
        JsonNode tooltip = json(comboChart(Locale.SIMPLIFIED_CHINESE)).get("tooltip");

        assertThat(tooltip.at("/y").toString())
                .isEqualTo("[{\"format\":\"WAN_YUAN\"},{\"format\":\"WAN_YUAN\"},{\"format\":\"PERCENT\"}]");
        assertThat(tooltip.at("/shared").asBoolean()).isTrue();
        assertThat(tooltip.at("/intersect").asBoolean()).isFalse();
    }

    @Test
    void downloads_are_on_and_named_after_the_file_name() throws Exception {
        JsonNode toolbar = json(comboChart(Locale.SIMPLIFIED_CHINESE)).at("/chart/toolbar");

        assertThat(toolbar.at("/show").asBoolean()).isTrue();
        assertThat(toolbar.at("/tools/download").asBoolean()).isTrue();
        assertThat(toolbar.at("/tools/zoom").asBoolean()).isFalse();
        assertThat(toolbar.at("/export/png/filename").asText()).isEqualTo("历年预算执行情况");
        assertThat(toolbar.at("/export/svg/filename").asText()).isEqualTo("历年预算执行情况");
        assertThat(toolbar.at("/export/csv/filename").asText()).isEqualTo("历年预算执行情况");
        assertThat(toolbar.at("/export/csv/headerCategory").asText()).isEqualTo("年度");
    }

    @Test
    void charts_are_chinese_unless_the_ui_is_english() throws Exception {
        assertThat(json(comboChart(Locale.SIMPLIFIED_CHINESE)).at("/chart/defaultLocale").asText()).isEqualTo("zh-cn");
        assertThat(json(comboChart(Locale.CHINESE)).at("/chart/defaultLocale").asText()).isEqualTo("zh-cn");
        assertThat(json(comboChart(Locale.ENGLISH)).at("/chart/defaultLocale").asText()).isEqualTo("en");
        assertThat(json(comboChart(Locale.US)).at("/chart/defaultLocale").asText()).isEqualTo("en");
    }

    @Test
    void legend_is_one_row_in_series_order() throws Exception {
        JsonNode legend = json(comboChart(Locale.SIMPLIFIED_CHINESE)).get("legend");

        assertThat(legend.get("clusterGroupedSeries").asBoolean()).isFalse();
        assertThat(legend.get("position").asText()).isEqualTo("top");
    }

    @Test
    void house_colours_come_first() throws Exception {
        JsonNode colors = json(comboChart(Locale.SIMPLIFIED_CHINESE)).get("colors");

        assertThat(colors.get(0).asText()).isEqualTo(ChartBuilder.HOUSE_COLORS.get(0));
        assertThat(colors).hasSize(ChartBuilder.HOUSE_COLORS.size());
    }

    @Test
    void a_chart_without_any_value_has_no_data() {
        ChartOptions empty = ChartBuilder.create(Locale.SIMPLIFIED_CHINESE)
                .categories(List.of("2020"), "年度")
                .axis("金额（万元）", ValueFormat.WAN_YUAN)
                .column("全年预算数", Arrays.asList((BigDecimal) null))
                .build();
        ChartOptions noCategories = ChartBuilder.create(Locale.SIMPLIFIED_CHINESE)
                .categories(List.of(), "年度")
                .column("全年预算数", List.of())
                .build();

        assertThat(empty.hasData()).isFalse();
        assertThat(noCategories.hasData()).isFalse();
        assertThat(comboChart(Locale.SIMPLIFIED_CHINESE).hasData()).isTrue();
    }

    @Test
    void a_series_must_have_one_value_per_category() {
        ChartBuilder builder = ChartBuilder.create(Locale.SIMPLIFIED_CHINESE)
                .categories(List.of("2019", "2020"), "年度")
                .column("全年预算数", List.of(BigDecimal.ONE));

        assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class).hasMessageContaining("全年预算数");
    }

    @Test
    void horizontal_bars_put_the_value_format_on_the_x_axis() throws Exception {
        JsonNode root = json(ChartBuilder.create(Locale.SIMPLIFIED_CHINESE)
                .categories(List.of("区委办", "财政局"), "预算单位")
                .axis("得分", ValueFormat.POINTS)
                .column("得分", List.of(92, 88.5))
                .horizontal()
                .build());

        assertThat(root.at("/plotOptions/bar/horizontal").asBoolean()).isTrue();
        assertThat(root.at("/xaxis/labels/format").asText()).isEqualTo("POINTS");
        assertThat(root.has("yaxis")).isFalse();
        assertThat(root.at("/series/0").has("type")).isFalse();
    }

    @Test
    void bands_and_an_axis_range_are_written_as_apexcharts_annotations_and_axis_bounds() throws Exception {
        JsonNode root = json(ChartBuilder.create(Locale.SIMPLIFIED_CHINESE)
                .categories(List.of("2019", "2020"), "年度")
                .axis("得分（分）", ValueFormat.POINTS).axisRange(50.0, 100.0)
                .line("总分", List.of(88, 92))
                .band(90, 100, "#2e9d6a", "优")
                .band(80, 90, "#1f5fbf", "良")
                .build());

        assertThat(root.at("/yaxis/0/min").asDouble()).isEqualTo(50.0);
        assertThat(root.at("/yaxis/0/max").asDouble()).isEqualTo(100.0);
        assertThat(root.at("/annotations/yaxis")).hasSize(2);
        assertThat(root.at("/annotations/yaxis/0/y").asInt()).isEqualTo(90);
        assertThat(root.at("/annotations/yaxis/0/y2").asInt()).isEqualTo(100);
        assertThat(root.at("/annotations/yaxis/0/label/text").asText()).isEqualTo("优");
        assertThat(json(comboChart(Locale.SIMPLIFIED_CHINESE)).has("annotations")).as("no bands, no annotations").isFalse();
    }

    private static String text(JsonNode node) {
        return node.toString();
    }
}
