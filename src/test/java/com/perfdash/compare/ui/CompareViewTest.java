package com.perfdash.compare.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.perfdash.KaribuTestBase;
import com.perfdash.TestDatabase;
import com.perfdash.base.chart.ApexChart;
import com.perfdash.base.chart.ChartOptions;
import com.perfdash.compare.CompareMetric;
import com.perfdash.compare.RankingRow;
import com.perfdash.base.unit.UnitRef;
import com.perfdash.base.download.GridDownload;
import com.perfdash.ingest.DataLoader;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The comparison page on the hand-computed fixture district (see CompareServiceTest), browserless. */
class CompareViewTest extends KaribuTestBase {

    @Autowired
    Jdbi jdbi;

    @BeforeEach
    void loadTheFixture() {
        new DataLoader(jdbi, TestDatabase.CLOCK).load(Path.of("src/test/resources/fixtures/compare"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<RankingRow> ranking() {
        return _get(Grid.class, spec -> spec.withClasses("ranking"));
    }

    private static ApexChart chart(String className) {
        return _get(ApexChart.class, spec -> spec.withClasses(className));
    }

    /** The first rows of the ranking as they read: rank, unit, value, change, rank change, percentile. */
    private static List<String> rows(int count) {
        Grid<RankingRow> grid = ranking();
        return IntStream.range(0, count).mapToObj(i -> String.join(" | ",
                GridKt._getFormatted(grid, i, "rank"), GridKt._get(grid, i).unitName(),
                GridKt._getFormatted(grid, i, "value"), GridKt._getFormatted(grid, i, "change"),
                GridKt._getFormatted(grid, i, "rankChange"), GridKt._getFormatted(grid, i, "percentile"))).toList();
    }

    private static String address() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    @Test
    void the_ranking_of_the_address_year_reads_with_ties_changes_and_percentiles() {
        open("compare?metric=execution_rate&year=2023");

        assertThat(rows(4)).containsExactly(
                "1 | 测试区财政局 | 99.0% | +4.0 | ↑3 | 优于 100.0% 的政府部门",
                "2 | 东街街道办事处 | 95.0% | +5.0 | ↑3 | 优于 66.7% 的街道/镇",
                "2 | 西街街道办事处 | 95.0% | -3.0 | ↑1 | 优于 66.7% 的街道/镇",
                "4 | 北山镇人民政府 | 90.0% | — | — | 优于 33.3% 的街道/镇");
        assertThat(GridKt._size(ranking())).isEqualTo(7);
        assertThat(GridKt._getFormatted(ranking(), 6, "rank")).isEqualTo("—");
    }

    @Test
    void choosing_a_metric_and_a_year_ranks_by_them_and_puts_them_in_the_address() {
        open("compare?metric=execution_rate&year=2023");

        @SuppressWarnings("unchecked")
        Select<CompareMetric> metric = _get(Select.class, spec -> spec.withLabel("指标"));
        _setValue(metric, CompareMetric.TOTAL_SCORE);

        assertThat(address()).contains("metric=total_score").contains("year=2023");
        assertThat(rows(3)).containsExactly(
                "1 | 测试区财政局 | 97.9 | +4.9 | ↑3 | 优于 100.0% 的政府部门",
                "2 | 东街街道办事处 | 97.5 | +6.5 | ↑3 | 优于 100.0% 的街道/镇",
                "3 | 北山镇人民政府 | 97 | — | — | 优于 66.7% 的街道/镇");

        @SuppressWarnings("unchecked")
        Select<Integer> year = _get(Select.class, spec -> spec.withLabel("排名年度"));
        _setValue(year, 2022);

        assertThat(address()).contains("metric=total_score").contains("year=2022");
        assertThat(rows(2)).containsExactly(
                "1 | 中共测试区委办公室 | 99 | — | — | 同类仅此一个单位",
                "2 | 测试区教育局 | 96 | — | — | 优于 100.0% 的政府部门");
    }

    @Test
    void points_lost_rank_the_fewest_first_without_a_relative_change() {
        open("compare?metric=points_lost&year=2023");

        // 2022 has no indicator scores: its points lost are the funds' alone (g1 0.5 ranked 4th, s1 1 ranked 5th)
        assertThat(rows(2)).containsExactly(
                "1 | 测试区财政局 | 2.1 | +1.6 | ↑3 | 优于 100.0% 的政府部门",
                "2 | 东街街道办事处 | 2.5 | +1.5 | ↑3 | 优于 100.0% 的街道/镇");
        assertThat(ranking().getColumnByKey("relativeChange")).isNull();
    }

    @Test
    void money_metrics_show_the_relative_change_too() {
        open("compare?metric=executed&year=2023");

        Grid<RankingRow> grid = ranking();
        int s1 = IntStream.range(0, GridKt._size(grid)).filter(i -> GridKt._get(grid, i).unitCode().equals("s1")).findFirst().orElseThrow();
        assertThat(GridKt._getFormatted(grid, s1, "value")).isEqualTo("95.00");
        assertThat(GridKt._getFormatted(grid, s1, "change")).isEqualTo("+5.00");
        assertThat(GridKt._getFormatted(grid, s1, "relativeChange")).isEqualTo("+5.6%");
    }

    @Test
    void a_category_in_the_address_ranks_within_it() {
        open("compare?metric=execution_rate&year=2023&category=%E8%A1%97%E9%81%93%2F%E9%95%87");

        assertThat(rows(4)).containsExactly(
                "1 | 东街街道办事处 | 95.0% | +5.0 | ↑1 | 优于 66.7% 的街道/镇",
                "1 | 西街街道办事处 | 95.0% | -3.0 | = | 优于 66.7% 的街道/镇",
                "3 | 北山镇人民政府 | 90.0% | — | — | 优于 33.3% 的街道/镇",
                "4 | 南湖镇人民政府 | 80.0% | -10.0 | ↓2 | 优于 0.0% 的街道/镇");
        @SuppressWarnings("unchecked")
        ComboBox<String> category = _get(ComboBox.class, spec -> spec.withLabel("单位类别"));
        assertThat(category.getValue()).isEqualTo("街道/镇");
    }

    @Test
    void the_heatmap_has_the_best_unit_on_top_and_a_gap_for_a_missing_year() {
        open("compare?metric=execution_rate&year=2023&from=2022&to=2023&category=%E8%A1%97%E9%81%93%2F%E9%95%87");

        ChartOptions heatmap = chart("heatmap").getOptions();
        assertThat(heatmap.chart().type()).isEqualTo(ChartOptions.ChartType.HEATMAP);
        assertThat(heatmap.categories()).containsExactly("2022", "2023");
        // ApexCharts draws the last row at the top
        assertThat(heatmap.series()).extracting(ChartOptions.Series::name)
                .containsExactly("南湖镇人民政府", "北山镇人民政府", "西街街道办事处", "东街街道办事处");
        assertThat(heatmap.series().get(1).data()).isEqualTo(Arrays.asList(null, new java.math.BigDecimal("90.00")));
        assertThat(heatmap.plotOptions().heatmap().colorScale().ranges()).extracting(ChartOptions.ColorRange::name)
                .containsExactly("无数据", "低于 80%", "80%–90%", "90%–95%", "95% 及以上");
    }

    @Test
    void without_chosen_units_the_lines_are_the_first_five_of_the_ranking() {
        open("compare?metric=execution_rate&year=2023");

        assertThat(chart("lines").getOptions().series()).extracting(ChartOptions.Series::name)
                .containsExactly("测试区财政局", "东街街道办事处", "西街街道办事处", "北山镇人民政府", "南湖镇人民政府");
        assertThat(address()).doesNotContain("units=");
    }

    @Test
    void chosen_units_are_drawn_as_lines_and_kept_in_the_address() {
        open("compare?metric=execution_rate&year=2023");

        @SuppressWarnings("unchecked")
        MultiSelectComboBox<UnitRef> units = _get(MultiSelectComboBox.class);
        Set<UnitRef> chosen = new LinkedHashSet<>();
        chosen.add(new UnitRef("s4", "北山镇人民政府", "街道/镇"));
        chosen.add(new UnitRef("p1", "中共测试区委办公室", "党委部门"));
        _setValue(units, chosen);

        assertThat(address()).contains("units=s4&units=p1");
        ChartOptions lines = chart("lines").getOptions();
        assertThat(lines.series()).extracting(ChartOptions.Series::name).containsExactly("北山镇人民政府", "中共测试区委办公室");
        assertThat(lines.categories()).containsExactly("2022", "2023");
        assertThat(lines.series().get(0).data()).isEqualTo(Arrays.asList(null, new java.math.BigDecimal("90.00")));

        // another year keeps the chosen units
        @SuppressWarnings("unchecked")
        Select<Integer> year = _get(Select.class, spec -> spec.withLabel("排名年度"));
        _setValue(year, 2022);
        assertThat(address()).contains("year=2022").contains("units=s4&units=p1");
    }

    @Test
    void the_ranking_is_read_a_page_at_a_time_sorted_in_sql_and_downloaded_whole_in_the_grids_sort() {
        open("compare?metric=execution_rate&year=2023");
        Grid<RankingRow> grid = ranking();
        assertThat(grid.getDataProvider().isInMemory()).as("lazy: the view keeps no list of the ranking").isFalse();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("ranking-count")).getText()).contains("7").contains("6");

        // missing values last ascending, first descending; equal values stay in rank order
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("value"), SortDirection.ASCENDING)));
        assertThat(codes(grid)).containsExactly("s3", "g2", "s4", "s1", "s2", "g1", "p1");
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("value"), SortDirection.DESCENDING)));
        assertThat(codes(grid)).containsExactly("p1", "g1", "s1", "s2", "s4", "s3", "g2");
        assertThat(_get(GridDownload.class).rows()).extracting(r -> ((RankingRow) r).unitCode())
                .containsExactly("p1", "g1", "s1", "s2", "s4", "s3", "g2");

        // the percentile: a unit without a value sorts first ascending
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("percentile"), SortDirection.ASCENDING)));
        assertThat(codes(grid)).containsExactly("p1", "s3", "g2", "s4", "s1", "s2", "g1");
    }

    private static List<String> codes(Grid<RankingRow> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).unitCode()).toList();
    }

    @Test
    void the_unit_picker_reads_pages_of_the_ranking_and_chosen_units_searched_in_sql() {
        open("compare?metric=execution_rate&year=2023&category=%E8%A1%97%E9%81%93%2F%E9%95%87&units=s4&units=p1");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<UnitRef> units = _get(MultiSelectComboBox.class);
        assertThat(units.getDataProvider().isInMemory()).as("lazy: the view keeps no list of every unit").isFalse();
        assertThat(units.getValue()).extracting(UnitRef::unitCode).containsExactly("s4", "p1");

        assertThat(choices(units, null)).containsExactly("s1", "s2", "s4", "s3", "p1");
        assertThat(choices(units, "北山")).containsExactly("s4");
        assertThat(choices(units, "S3")).containsExactly("s3");
        assertThat(choices(units, "办")).containsExactly("s1", "s2", "p1");
        @SuppressWarnings("unchecked")
        DataProvider<UnitRef, String> provider = (DataProvider<UnitRef, String>) units.getDataProvider();
        assertThat(provider.size(new Query<>("街道"))).isEqualTo(2);
    }

    @SuppressWarnings("unchecked")
    private static List<String> choices(MultiSelectComboBox<UnitRef> units, String search) {
        DataProvider<UnitRef, String> provider = (DataProvider<UnitRef, String>) units.getDataProvider();
        return provider.fetch(new Query<>(0, 50, List.of(), null, search)).map(UnitRef::unitCode).toList();
    }

    @Test
    void the_rank_header_explains_competition_ranking() {
        open("compare?metric=execution_rate&year=2023");

        Paragraph help = _find(Paragraph.class).stream().filter(p -> p.getText().startsWith("排名采用标准竞争排名")).findFirst().orElseThrow();
        assertThat(help.getText()).contains("1、2、2、4").contains("数值严格更差");
    }

    @Test
    void nothing_loaded_shows_a_sentence() {
        TestDatabase.emptyModel(jdbi);

        open("compare");

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("empty-state")).getText()).isEqualTo("尚未加载任何自评报告，无法比较。");
    }
}
