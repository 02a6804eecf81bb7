package com.perfdash.units.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.perfdash.KaribuTestBase;
import com.perfdash.base.chart.ApexChart;
import com.perfdash.base.ui.Formats;
import com.perfdash.base.ui.NotFoundView;
import com.perfdash.units.EvalTableInfo;
import com.perfdash.units.ProjectRow;
import com.perfdash.units.UnitListRow;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drill-down pages on the real seed report, browserless, against the app's Spring context. */
class UnitViewsTest extends KaribuTestBase {

    private static final String SEED = "zz-hetang-qwbgs";

    @TempDir
    Path data;

    /**
     * The shared context's database holds exactly the seed, whatever other view tests put there; loaded
     * by the app's loader, so its review findings are the seed's.
     */
    @BeforeEach
    void seedOnly() {
        loadOnlyTheSeed(data);
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String className) {
        return _get(Grid.class, spec -> spec.withClasses(className));
    }

    @SuppressWarnings("unchecked")
    private static TreeGrid<IndicatorGridRow> indicatorTree() {
        return _get(TreeGrid.class, spec -> spec.withClasses("indicator-tree"));
    }

    @Test
    void the_report_page_shows_the_level1_rows_with_their_weights_scores_and_caps() {
        assertThat(open("units/" + SEED + "/2020")).isEqualTo(200);

        _get(ReportView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("中共株洲市荷塘区委办公室 2020 年度自评报告");
        TreeGrid<IndicatorGridRow> tree = indicatorTree();
        List<IndicatorGridRow> roots = tree.getTreeData().getRootItems();
        assertThat(roots).extracting(IndicatorGridRow::label, r -> Formats.points(r.cap()), r -> Formats.points(r.weight()),
                        r -> Formats.points(r.score()))
                .containsExactly(
                        tuple("产出指标", "50", "50", "46"),
                        tuple("效益指标", "30", "30", "27"),
                        tuple("满意度指标", "10", "10", "9"),
                        tuple("资金执行（年度资金总额）", "—", "10", "10"),
                        tuple("总分（各项相加）", "100", "100", "92"));
        assertThat(roots).noneMatch(IndicatorGridRow::overCap);
        // all expanded: 3 level-1 + 9 level-2 + 12 indicators + funds + total
        assertThat(GridKt._size(tree)).isEqualTo(26);
        assertThat(GridKt._getFormattedRow(tree, 2)).startsWith("密切“四大家” 办公室协调衔接。", "4 次", "4 次");
        IndicatorGridRow help = roots.get(0).children().get(0).children().get(1);
        assertThat(help.label()).isEqualTo("开展帮扶");
        assertThat(ReportTables.partNames(help, java.util.Set.of())).contains("lost-points");
    }

    @Test
    void the_report_page_lists_the_eight_projects_with_their_total_and_the_one_project_table() {
        open("units/" + SEED + "/2020");

        Grid<ProjectRow> projects = grid("projects-grid");
        assertThat(GridKt._size(projects)).isEqualTo(8);
        assertThat(GridKt._get(projects, 7).projectName()).isEqualTo("区委中心项目");
        assertThat(GridKt._getFormattedRow(projects, 7)).contains("31.50");
        var footer = projects.getFooterRows().get(0);
        assertThat(footer.getCell(projects.getColumns().get(1)).getText()).isEqualTo("合计（8 个项目）");
        assertThat(footer.getCell(projects.getColumns().get(3)).getText()).isEqualTo("93.00");
        assertThat(footer.getCell(projects.getColumns().get(4)).getText()).isEqualTo("93.00");
        Grid<EvalTableInfo> tables = grid("project-tables-grid");
        assertThat(GridKt._size(tables)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(tables, 0)).contains("民主监督经费", "未列出");
    }

    @Test
    void every_part_of_the_report_has_a_section_in_the_table_of_contents() {
        open("units/" + SEED + "/2020");

        assertThat(_find(Section.class)).extracting(s -> s.getId().orElse("")).containsExactly("overview", "findings", "review", "budget", "funds",
                "goals", "indicators", "projects", "project-tables", "duties", "performance", "project-performance",
                "problems", "other", "comparison");
        assertThat(_find(Anchor.class, spec -> spec.withText("绩效指标"))).singleElement()
                .extracting(Anchor::getHref).isEqualTo("units/zz-hetang-qwbgs/2020#indicators");
        assertThat(_get(Paragraph.class, spec -> spec.withText("该单位没有 2019 年度的报告，无法与上年比较。"))).isNotNull();
        assertThat(GridKt._size(grid("funds-grid"))).isEqualTo(4);
        assertThat(GridKt._getFormattedRow(grid("funds-grid"), 2)).containsExactly("上年结转资金", "", "—", "10.25", "—", "—", "—", "—");
        assertThat(GridKt._size(grid("goals-grid"))).isEqualTo(3);
    }

    @Test
    void highlighted_rows_from_the_address_are_marked() {
        open("units/" + SEED + "/2020?highlight=i0-7,f0-total,p3,income,bogus");

        TreeGrid<IndicatorGridRow> tree = indicatorTree();
        IndicatorGridRow cost = tree.getTreeData().getRootItems().get(0).children().get(3).children().get(0);
        assertThat(cost.key()).isEqualTo("i0-7");
        assertThat(tree.getPartNameGenerator().apply(cost)).contains("highlighted");
        Grid<ProjectRow> projects = grid("projects-grid");
        assertThat(projects.getPartNameGenerator().apply(GridKt._get(projects, 2))).isEqualTo("highlighted");
        assertThat(projects.getPartNameGenerator().apply(GridKt._get(projects, 3))).isNull();
        assertThat(grid("funds-grid").getPartNameGenerator().apply(GridKt._get(grid("funds-grid"), 0))).isEqualTo("highlighted");
        assertThat(_get(Div.class, spec -> spec.withId("row-income")).getClassNames()).contains("highlighted");
        assertThat(_get(Div.class, spec -> spec.withId("row-expenditure")).getClassNames()).doesNotContain("highlighted");
        assertThat(_get(ReportView.class).highlight()).containsExactly("i0-7", "f0-total", "p3", "income");
    }

    @Test
    void a_project_table_opened_with_marked_rows_scrolls_to_the_first_of_them() {
        assertThat(ProjectTableView.firstMarkedSection(java.util.Set.of("t1"))).contains("indicators");
        assertThat(ProjectTableView.firstMarkedSection(java.util.Set.of("i1-5"))).contains("indicators");
        assertThat(ProjectTableView.firstMarkedSection(java.util.Set.of("i1-5", "f1-total"))).as("funds come first on the page").contains("funds");
        assertThat(ProjectTableView.firstMarkedSection(java.util.Set.of())).isEmpty();
    }

    @Test
    void the_democratic_supervision_table_shows_110_against_the_stated_100() {
        assertThat(open("units/" + SEED + "/2020/projects/1")).isEqualTo(200);

        assertThat(_get(H1.class).getText()).isEqualTo("民主监督经费（项目支出绩效自评表）");
        TreeGrid<IndicatorGridRow> tree = indicatorTree();
        List<IndicatorGridRow> roots = tree.getTreeData().getRootItems();
        IndicatorGridRow benefit = roots.get(1);
        assertThat(benefit.label()).isEqualTo("效益指标");
        assertThat(Formats.points(benefit.weight())).isEqualTo("40");
        assertThat(tree.getPartNameGenerator().apply(benefit)).contains("mismatch");
        IndicatorGridRow total = roots.get(roots.size() - 1);
        assertThat(Formats.points(total.weight())).isEqualTo("110");
        assertThat(Formats.points(total.score())).isEqualTo("110");
        assertThat(Formats.points(total.cap())).isEqualTo("100");
        assertThat(tree.getPartNameGenerator().apply(total)).contains("mismatch");
        assertThat(roots.stream().flatMap(r -> r.children().stream()).mapToLong(r -> r.children().size()).sum()).isEqualTo(10);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("not-listed")).getText()).isEqualTo("报告正文的项目列表中没有此项目。");
    }

    @Test
    void an_unknown_unit_year_or_table_shows_the_not_found_page() {
        assertThat(open("units/no-such-unit")).isEqualTo(404);
        _get(NotFoundView.class);
        assertThat(open("units/no-such-unit/2020")).isEqualTo(404);
        _get(NotFoundView.class);
        assertThat(open("units/" + SEED + "/2019")).isEqualTo(404);
        _get(NotFoundView.class);
        assertThat(open("units/" + SEED + "/2020/projects/9")).isEqualTo(404);
        _get(NotFoundView.class);
        assertThat(open("units/" + SEED + "/twenty")).isEqualTo(404);
        _get(NotFoundView.class);
    }

    @Test
    void the_unit_page_has_its_year_its_provenance_and_four_charts() {
        assertThat(open("units/" + SEED)).isEqualTo(200);

        assertThat(_get(H1.class).getText()).isEqualTo("中共株洲市荷塘区委办公室");
        List<ApexChart> charts = _find(ApexChart.class);
        assertThat(charts).hasSize(4).allMatch(c -> !c.isEmpty());
        assertThat(charts.get(0).getOptions().categories()).containsExactly("2020");
        assertThat(charts.get(2).getOptions().annotations().yaxis()).hasSize(4);
        assertThat(charts.get(2).getOptions().series().get(0).data()).containsExactly(new java.math.BigDecimal("92.00"));
        Grid<?> years = grid("unit-years-grid");
        assertThat(GridKt._getFormattedRow(years, 0)).containsExactly("2020",
                "真实报告source/2020-zz-hetang-qwbgs.txt · seed/reports.csv", "516.66", "516.66", "100.0%", "580.92", "38.10",
                "93.00", "92", "优", "22（错误 8）");
        assertThat(_find(Anchor.class, spec -> spec.withText("2020"))).extracting(Anchor::getHref)
                .containsExactly("units/zz-hetang-qwbgs/2020?basis=stated");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_unit_page_shows_its_口径_in_the_address_the_select_and_the_chart_titles() {
        assertThat(open("units/" + SEED + "?basis=reviewed")).isEqualTo(200);
        assertThat(_get(com.vaadin.flow.component.select.Select.class, spec -> spec.withLabel("口径")).getValue())
                .isEqualTo(com.perfdash.review.Basis.REVIEWED);
        assertThat(_find(ApexChart.class)).allMatch(c -> c.getOptions().title().text().endsWith("（口径：复核后）"));
        // nothing of the seed is reviewed: its figures are the stated ones
        assertThat(GridKt._getFormattedRow(grid("unit-years-grid"), 0)).contains("516.66", "92", "优");
        open("units/" + SEED + "?basis=stated");
        assertThat(_find(ApexChart.class)).allMatch(c -> c.getOptions().title().text().endsWith("（口径：自评（原文））"));
    }

    @Test
    void the_units_list_takes_its_search_from_the_address() {
        open("units?q=荷塘");

        assertThat(_get(TextField.class).getValue()).isEqualTo("荷塘");
        Grid<UnitListRow> grid = _get(UnitsView.class).grid();
        assertThat(GridKt._size(grid)).isEqualTo(1);
        UnitListRow row = GridKt._get(grid, 0);
        assertThat(row.unitCode()).isEqualTo(SEED);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("党委部门", "2020", "516.66", "100.0%", "92", "优");

        open("units?q=no-such-unit");
        assertThat(GridKt._size(_get(UnitsView.class).grid())).isZero();
    }

    @Test
    void the_units_list_sorts_as_the_address_says() {
        open("units?sort=total-score&desc");

        Grid<UnitListRow> grid = _get(UnitsView.class).grid();
        assertThat(grid.getSortOrder()).singleElement().satisfies(o -> {
            assertThat(o.getSorted().getKey()).isEqualTo("TOTAL_SCORE");
            assertThat(o.getDirection()).isEqualTo(com.vaadin.flow.data.provider.SortDirection.DESCENDING);
        });
        assertThat(GridKt._size(grid)).isEqualTo(1);
    }

    @Test
    void the_navigation_has_an_entry_for_the_units_list() {
        UI.getCurrent().navigate("units");

        assertThat(_find(com.vaadin.flow.component.sidenav.SideNavItem.class))
                .extracting(com.vaadin.flow.component.sidenav.SideNavItem::getLabel).contains("单位");
    }
}
