package com.perfdash.overview.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.perfdash.KaribuTestBase;
import com.perfdash.TestDatabase;
import com.perfdash.base.chart.ApexChart;
import com.perfdash.base.chart.ChartOptions;
import com.perfdash.base.ui.KpiCard;
import com.perfdash.ingest.DataLoader;
import com.perfdash.overview.SourceFilter;
import com.perfdash.overview.WatchListEntry;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The overview page over the fixture district (src/test/resources/fixtures/overview/district; the
 * figures are worked out in OverviewServiceTest).
 */
class OverviewViewTest extends KaribuTestBase {

    @Autowired
    Jdbi jdbi;

    @BeforeEach
    void loadTheFixtureDistrict() {
        new DataLoader(jdbi, TestDatabase.CLOCK).load(Path.of("src/test/resources/fixtures/overview"));
    }

    private static String card(String name) {
        return _get(KpiCard.class, spec -> spec.withClasses(name)).getValue();
    }

    private static String detail(String name) {
        return _get(KpiCard.class, spec -> spec.withClasses(name)).getElement().getChildren()
                .filter(e -> e.getClassList().contains("kpi-detail")).findFirst().orElseThrow().getText();
    }

    private static ChartOptions chart(String name) {
        return _get(ApexChart.class, spec -> spec.withClasses(name)).getOptions();
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    @SuppressWarnings("unchecked")
    private static List<WatchListEntry> watchList() {
        Grid<WatchListEntry> grid = _get(Grid.class);
        return GridKt._fetch(grid, 0, GridKt._size(grid));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void the_filter_in_the_url_sets_the_key_figures_and_the_chart_years() {
        open("?year=2023&from=2020&to=2023&src=demo");

        assertThat(card("fullYearBudget")).isEqualTo("700.50");
        assertThat(card("executed")).isEqualTo("644.35");
        assertThat(card("executionRate")).isEqualTo("92.0%");
        assertThat(card("projectShare")).isEqualTo("34.8%");        // 224 / (420.35 + 224)
        assertThat(card("projectFunding")).isEqualTo("220.00");
        assertThat(card("medianScore")).isEqualTo("86");
        assertThat(card("excellent")).isEqualTo("1");
        assertThat(detail("fullYearBudget")).isEqualTo("较上年 ▲ 62.9%");
        assertThat(detail("executionRate")).isEqualTo("较上年 ▼ 0.6 个百分点");
        assertThat(detail("medianScore")).isEqualTo("较上年 ▲ 4.5 分");

        ChartOptions budget = chart("chart-budget");
        assertThat(budget.categories()).containsExactly("2020", "2021", "2022", "2023");
        assertThat(budget.series()).extracting(ChartOptions.Series::name).containsExactly("全年预算数", "全年执行数", "执行率");
        assertThat(budget.series().get(0).data()).isEqualTo(Arrays.asList(null, new BigDecimal("600.0000"),
                new BigDecimal("430.0000"), new BigDecimal("700.5000")));
        assertThat(chart("chart-grades").categories()).containsExactly("2020", "2021", "2022", "2023");
        assertThat(chart("chart-spending").categories()).containsExactly("2020", "2021", "2022", "2023");
    }

    @Test
    void changing_the_year_updates_the_figures_the_watch_list_and_the_url() {
        open("?year=2023&from=2021&to=2023&src=demo");
        assertThat(watchList()).extracting(WatchListEntry::unitCode).containsExactly("t-jd-xihu");

        _setValue(_get(Select.class, spec -> spec.withClasses("filter-year")), 2022);

        assertThat(location()).contains("year=2022").contains("from=2021").contains("to=2023").contains("src=demo");
        assertThat(card("fullYearBudget")).isEqualTo("430.00");
        assertThat(card("executionRate")).isEqualTo("92.6%");
        assertThat(detail("fullYearBudget")).isEqualTo("较上年 ▼ 28.3%");
        assertThat(chart("chart-budget").categories()).containsExactly("2021", "2022", "2023");
        assertThat(watchList()).extracting(WatchListEntry::unitCode).containsExactly("t-jd-dongfeng", "t-zf-czj");
    }

    @Test
    void categories_and_source_come_from_the_url_and_changing_the_source_keeps_them() {
        open("?year=2021&from=2021&to=2023&cat=" + enc("街道/镇") + "&src=demo");
        assertThat(card("fullYearBudget")).isEqualTo("300.00");        // 100 + 200
        assertThat(card("executionRate")).isEqualTo("88.3%");          // 265 / 300
        assertThat(detail("fullYearBudget")).isEqualTo("较上年 —（2020 年度无报告）");

        _setValue(_get(Select.class, spec -> spec.withClasses("filter-source")), SourceFilter.ALL);

        assertThat(location()).contains("src=all").contains("cat=");
        assertThat(card("fullYearBudget")).isEqualTo("300.00");        // 区委办 is a 党委部门: still out
    }

    @Test
    void the_watch_list_links_each_unit_to_its_drill_down() {
        open("?year=2023&from=2021&to=2023&src=all");

        assertThat(watchList()).extracting(WatchListEntry::unitCode).containsExactly("t-dw-qwb", "t-jd-xihu");
        @SuppressWarnings("unchecked")
        Grid<WatchListEntry> grid = _get(Grid.class);
        Anchor unit = (Anchor) GridKt._getCellComponent(grid, 0, "unit");
        assertThat(unit.getText()).isEqualTo("中共测试区委办公室");
        assertThat(unit.getHref()).isEqualTo("units/t-dw-qwb");
        assertThat(((Anchor) GridKt._getCellComponent(grid, 0, "report")).getHref()).isEqualTo("units/t-dw-qwb/2023");
        assertThat(((Anchor) GridKt._getCellComponent(grid, 1, "unit")).getHref()).isEqualTo("units/t-jd-xihu");
        OverviewView view = _get(OverviewView.class);
        assertThat(view.reasons(watchList().get(0))).isEqualTo("执行率低于 90%；总得分低于 80 分；得分降幅第 1");
    }

    @Test
    void a_filter_that_matches_nothing_shows_a_sentence_not_empty_charts() {
        open("?from=2010&to=2012");

        Paragraph empty = _get(Paragraph.class, spec -> spec.withClasses("empty-state"));
        assertThat(empty.getText()).isEqualTo("没有符合筛选条件的自评报告（2010–2012 年度，全部类别，来源：全部）。请放宽年度范围、单位类别或来源。");
        _assertNone(ApexChart.class);
        _assertNone(KpiCard.class);
    }

    @Test
    void a_selected_year_without_reports_says_so_and_keeps_the_trends() {
        open("?year=2020&from=2020&to=2023");

        assertThat(_find(Paragraph.class, spec -> spec.withClasses("empty-state"))).extracting(Paragraph::getText)
                .containsExactly("2020 年度没有符合筛选条件的自评报告。", "2020 年度没有符合筛选条件的自评报告。");
        _assertNone(KpiCard.class);
        assertThat(_find(ApexChart.class)).hasSize(4);
    }

    @Test
    void nothing_loaded_shows_a_sentence() {
        TestDatabase.emptyModel(jdbi);
        open("");

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("empty-state")).getText()).startsWith("尚未加载任何自评报告");
        _assertNone(ApexChart.class);
    }

    @Test
    void the_overview_is_the_home_page_and_first_in_the_navigation() {
        open("");

        _get(OverviewView.class);
        assertThat(_find(SideNavItem.class).get(0).getLabel()).isEqualTo("总览");
        // without parameters: every loaded year, the latest selected
        assertThat(chart("chart-budget").categories()).containsExactly("2021", "2022", "2023");
        assertThat(_get(Select.class, spec -> spec.withClasses("filter-year")).getValue()).isEqualTo(2023);
    }
}
