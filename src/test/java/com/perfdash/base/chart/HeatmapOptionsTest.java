package com.perfdash.base.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.perfdash.base.chart.ChartOptions.ColorRange;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HeatmapOptionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ChartOptions heatmap() {
        return ChartBuilder.create(Locale.SIMPLIFIED_CHINESE)
                .title("执行率：各单位历年对比")
                .categories(List.of("2022", "2023"), "年度")
                .colors(List.of("#eeeeee"))
                .heatmap(List.of(new ColorRange(0, 90, "#d64545", "低于 90%"), new ColorRange(90, 100, "#2e9d6a", "90% 及以上")))
                .axis("执行率（%）", ValueFormat.PERCENT)
                .heatmapRow("南湖镇", Arrays.asList(new BigDecimal("90.00"), null))
                .heatmapRow("东街街道", List.of(new BigDecimal("95.50"), new BigDecimal("99.00")))
                .build();
    }

    @Test
    void a_heatmap_has_its_type_rows_and_flat_colour_ranges() throws Exception {
        JsonNode root = JSON.readTree(heatmap().toJson());

        assertThat(root.at("/chart/type").asText()).isEqualTo("heatmap");
        assertThat(root.at("/series/0/name").asText()).isEqualTo("南湖镇");
        assertThat(heatmap().toJson()).contains("\"data\":[90.00,null]");
        assertThat(root.at("/series/0").has("type")).isFalse();
        assertThat(root.at("/plotOptions/heatmap/enableShades").asBoolean()).isFalse();
        assertThat(root.at("/plotOptions/heatmap/colorScale/ranges").toString()).isEqualTo(
                "[{\"from\":0,\"to\":90,\"color\":\"#d64545\",\"name\":\"低于 90%\"},"
                        + "{\"from\":90,\"to\":100,\"color\":\"#2e9d6a\",\"name\":\"90% 及以上\"}]");
        assertThat(root.at("/plotOptions").has("bar")).isFalse();
        assertThat(root.at("/colors").toString()).isEqualTo("[\"#eeeeee\"]");
    }

    @Test
    void a_heatmap_formats_its_tooltip_but_draws_no_value_axis() throws Exception {
        JsonNode root = JSON.readTree(heatmap().toJson());

        assertThat(root.has("yaxis")).isFalse();
        assertThat(root.has("markers")).isFalse();
        assertThat(root.at("/tooltip/y/0/format").asText()).isEqualTo("PERCENT");
        assertThat(root.at("/tooltip/shared").asBoolean()).isFalse();
        assertThat(root.at("/xaxis/categories").toString()).isEqualTo("[\"2022\",\"2023\"]");
    }

    @Test
    void heatmap_rows_cannot_mix_with_other_series_or_go_without_ranges() {
        assertThatThrownBy(() -> ChartBuilder.create(Locale.ENGLISH).categories(List.of("2022"), "year")
                .heatmap(List.of()).heatmapRow("a", List.of(1)).line("b", List.of(2)).build())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ChartBuilder.create(Locale.ENGLISH).categories(List.of("2022"), "year")
                .heatmapRow("a", List.of(1)).build())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void bar_plot_options_still_take_the_bar_alone() {
        assertThat(new ChartOptions.PlotOptions(new ChartOptions.Bar(true, "60%", 2)).heatmap()).isNull();
    }
}
