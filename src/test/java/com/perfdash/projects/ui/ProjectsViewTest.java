package com.perfdash.projects.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.perfdash.KaribuTestBase;
import com.perfdash.TestDatabase;
import com.perfdash.base.chart.ApexChart;
import com.perfdash.base.chart.ChartOptions;
import com.perfdash.base.ui.KpiCard;
import com.perfdash.ingest.DataLoader;
import com.perfdash.projects.ProjectChange;
import com.perfdash.projects.ProjectYear;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.RouterLink;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The project pages on the hand-computed project fixture (see ProjectsServiceTest), browserless. */
class ProjectsViewTest extends KaribuTestBase {

    @Autowired
    Jdbi jdbi;

    @BeforeEach
    void loadTheFixture() {
        new DataLoader(jdbi, TestDatabase.CLOCK).load(Path.of("src/test/resources/fixtures/projects"));
    }

    private static final List<String> LISTS = List.of("top", "risers", "fallers", "started", "ended");

    /** The grid of one list; its tab is selected first, as a user would (a tab sheet shows one list at a time). */
    @SuppressWarnings("unchecked")
    private static Grid<ProjectChange> list(String name) {
        _get(TabSheet.class).setSelectedIndex(LISTS.indexOf(name));
        return _get(Grid.class, spec -> spec.withId("projects-" + name));
    }

    /** The first rows of a list as they read: project, unit, budget, last year's budget, change. */
    private static List<String> rows(String name, int count) {
        Grid<ProjectChange> grid = list(name);
        return IntStream.range(0, Math.min(count, GridKt._size(grid))).mapToObj(i -> String.join(" | ",
                GridKt._get(grid, i).displayName(), GridKt._getFormatted(grid, i, "unit"),
                GridKt._getFormatted(grid, i, "budget"), GridKt._getFormatted(grid, i, "previousBudget"),
                GridKt._getFormatted(grid, i, "change"))).toList();
    }

    private static String address() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    @Test
    void the_years_largest_projects_come_first_in_wan_yuan_with_their_change() {
        open("projects?year=2023");

        assertThat(rows("top", 4)).containsExactly(
                "老旧小区改造 | 东街街道办事处 | 80.00 | 100.00 | -20.00",
                "不动产登记信息化 | 测试区自然资源局 | 60.00 | — | —",
                "校舍维修 | 测试区教育局 | 50.00 | — | —",
                "2023年 省级自然资源卫片执法补助经费 | 测试区自然资源局 | 45.00 | 30.00 | +15.00");
        assertThat(_find(KpiCard.class)).extracting(KpiCard::getValue).containsExactly("10", "353.00", "2", "1");
    }

    @Test
    void risers_fallers_started_and_ended_have_their_own_lists() {
        open("projects?year=2023");

        assertThat(rows("risers", 5)).containsExactly(
                "2023年 省级自然资源卫片执法补助经费 | 测试区自然资源局 | 45.00 | 30.00 | +15.00",
                "社区综合服务 | 东街街道办事处 | 18.00 | 15.00 | +3.00",
                "网格化管理 | 东街街道办事处 | 8.00 | 6.00 | +2.00");
        assertThat(rows("fallers", 5)).containsExactly(
                "老旧小区改造 | 东街街道办事处 | 80.00 | 100.00 | -20.00",
                "国土空间规划编制 | 测试区自然资源局 | 35.00 | 50.00 | -15.00");
        assertThat(rows("started", 5)).extracting(r -> r.substring(0, r.indexOf(" |")))
                .containsExactly("不动产登记信息化", "背街小巷提质");
        assertThat(rows("ended", 5)).containsExactly(
                "耕地保护补偿 | 测试区自然资源局 | — | 10.00 | —");
    }

    @Test
    void choosing_a_year_and_a_category_lists_them_and_puts_them_in_the_address() {
        open("projects?year=2023");

        @SuppressWarnings("unchecked")
        Select<Integer> year = _get(Select.class, spec -> spec.withLabel("年度"));
        _setValue(year, 2022);
        assertThat(address()).isEqualTo("projects?year=2022&basis=stated");
        assertThat(rows("top", 2)).containsExactly(
                "老旧小区改造 | 东街街道办事处 | 100.00 | — | —",
                "国土空间规划编制 | 测试区自然资源局 | 50.00 | — | —");

        @SuppressWarnings("unchecked")
        ComboBox<String> category = _get(ComboBox.class, spec -> spec.withLabel("单位类别"));
        _setValue(category, "政府部门");
        assertThat(address()).contains("year=2022").contains("category=");
        assertThat(rows("top", 10)).extracting(r -> r.substring(0, r.indexOf(" |")))
                .containsExactly("国土空间规划编制", "2022年省级自然资源卫片执法补助经费", "地质灾害防治（2022年度）", "耕地保护补偿");

        // the 口径 stays in the address with the other choices
        @SuppressWarnings("unchecked")
        Select<com.perfdash.review.Basis> basis = _get(Select.class, spec -> spec.withLabel("口径"));
        _setValue(basis, com.perfdash.review.Basis.REVIEWED);
        assertThat(address()).contains("year=2022").contains("basis=reviewed");
    }

    @Test
    void the_funding_chart_stacks_the_categories_with_the_total_as_a_line() {
        open("projects?year=2023");

        ChartOptions chart = _get(ApexChart.class, spec -> spec.withClasses("funding-chart")).getOptions();
        assertThat(chart.categories()).containsExactly("2021", "2022", "2023");
        assertThat(chart.chart().stacked()).isTrue();
        assertThat(chart.series()).extracting(ChartOptions.Series::name).containsExactly("政府部门", "街道/镇", "合计");
        assertThat(chart.series().get(2).data()).extracting(n -> n == null ? null : ((java.math.BigDecimal) n).stripTrailingZeros().toPlainString())
                .containsExactly("40", "231", "353");
    }

    @Test
    void a_project_name_links_to_its_own_page() {
        open("projects?year=2023");

        Grid<ProjectChange> top = list("top");
        int row = IntStream.range(0, GridKt._size(top)).filter(i -> GridKt._get(top, i).displayName().equals("国土空间规划编制"))
                .findFirst().orElseThrow();
        RouterLink link = (RouterLink) GridKt._getCellComponent(top, row, "project");
        assertThat(link.getHref()).startsWith("projects/z1/");
        assertThat(open(link.getHref())).isEqualTo(200);
        _get(ProjectView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("国土空间规划编制");
    }

    @Test
    void the_project_page_links_the_years_by_the_normalised_name_and_says_so() {
        assertThat(open("projects/z1/省级自然资源卫片执法补助经费")).isEqualTo(200);

        assertThat(_get(H2.class).getText()).isEqualTo("2023年 省级自然资源卫片执法补助经费");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("各年度报告中的名称：“2022年省级自然资源卫片执法补助经费”、“省级自然资源卫片执法补助经费”、"
                                + "“2023年 省级自然资源卫片执法补助经费”、“2023年省级自然资源卫片执法补助经费”",
                        "名称规范化后相同：“省级自然资源卫片执法”");
        @SuppressWarnings("unchecked")
        Grid<ProjectYear> years = _get(Grid.class, spec -> spec.withClasses("project-years"));
        assertThat(IntStream.range(0, GridKt._size(years)).mapToObj(i -> String.join(" | ",
                GridKt._getFormatted(years, i, "year"), GridKt._getFormatted(years, i, "budget"),
                GridKt._getFormatted(years, i, "actual"), GridKt._getFormatted(years, i, "tableRate"),
                GridKt._getFormatted(years, i, "tableScore"), GridKt._getFormatted(years, i, "tableGrade"))).toList())
                .containsExactly("2022 | 30.00 | 28.00 | 93.3% | 88 | 良", "2023 | 45.00 | 40.00 | 88.9% | 92 | 优");
        assertThat(_find(Anchor.class)).extracting(Anchor::getHref).contains("units/z1");
        assertThat(IntStream.range(0, 2).mapToObj(i -> (Anchor) GridKt._getCellComponent(years, i, "table")))
                .extracting(Anchor::getHref, Anchor::getText)
                .containsExactly(tuple("units/z1/2022/projects/1", "表 1"), tuple("units/z1/2023/projects/1", "表 1"));
        ChartOptions chart = _get(ApexChart.class).getOptions();
        assertThat(chart.series()).extracting(ChartOptions.Series::name).containsExactly("预算金额", "实际支出", "自评得分");
    }

    @Test
    void an_unknown_project_says_so() {
        open("projects/z1/没有这个项目");

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("empty-state")).getText()).isEqualTo("该单位没有这个项目：没有这个项目");
    }
}
