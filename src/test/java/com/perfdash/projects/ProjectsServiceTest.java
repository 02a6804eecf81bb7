package com.perfdash.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.perfdash.TestDatabase;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The project queries on a small fixture computed by hand (src/test/resources/fixtures/projects):
 * 自然资源局 (z1) and 东街街道 (z2) report 2022 and 2023; 教育局 (z3) reports 2021 and 2023 but not 2022.
 *
 * <pre>
 * 2023 listed projects (万元)                 2022              status
 * z1 2023年 省级自然资源卫片执法补助经费 45   2022年…经费 30    continued +15
 * z1 国土空间规划编制                    35   50                continued −15
 * z1 地质灾害防治(2023年度)              20   （2022年度） 20   continued 0
 * z1 不动产登记信息化                    60   —                 started
 * z1 —                                        耕地保护补偿 10   ended
 * z2 社区综合服务                        18   15                continued +3
 * z2 老旧小区改造                        80   100               continued −20
 * z2 背街小巷提质                        25   —                 started
 * z2 网格化管理                           8   网格化管理经费 6  continued +2 (经费 dropped: one key)
 * z3 校舍维修 50, 课后服务补助 12             (no 2022 report)  unknown
 * </pre>
 */
class ProjectsServiceTest {

    static final Path FIXTURE = Path.of("src/test/resources/fixtures/projects");

    private static TestDatabase db;
    private static ProjectsService service;

    @BeforeAll
    static void load() {
        db = TestDatabase.loadedFrom(FIXTURE);
        service = new ProjectsService(db.jdbi());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static String plain(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros().toPlainString();
    }

    @Test
    void top_projects_are_the_years_largest_budgets() {
        ProjectsOverview o = service.overview(new ProjectsFilter(2023, null));

        assertThat(o.top()).extracting(ProjectChange::displayName, p -> plain(p.budget())).containsExactly(
                tuple("老旧小区改造", "80"), tuple("不动产登记信息化", "60"), tuple("校舍维修", "50"),
                tuple("2023年 省级自然资源卫片执法补助经费", "45"), tuple("国土空间规划编制", "35"), tuple("背街小巷提质", "25"),
                tuple("地质灾害防治(2023年度)", "20"), tuple("社区综合服务", "18"), tuple("课后服务补助", "12"),
                tuple("网格化管理", "8"));
    }

    @Test
    void a_project_renamed_only_by_its_year_continues_with_its_change() {
        ProjectChange p = service.overview(new ProjectsFilter(2023, null)).top().stream()
                .filter(c -> c.projectKey().equals("省级自然资源卫片执法")).findFirst().orElseThrow();

        assertThat(p.status()).isEqualTo(ProjectStatus.CONTINUED);
        assertThat(plain(p.previousBudget())).isEqualTo("30");
        assertThat(plain(p.budgetChange())).isEqualTo("15");
        assertThat(p.listedNames()).containsExactly("2023年 省级自然资源卫片执法补助经费");
    }

    @Test
    void risers_and_fallers_are_continued_projects_by_their_change() {
        ProjectsOverview o = service.overview(new ProjectsFilter(2023, null));

        assertThat(o.risers()).extracting(ProjectChange::projectKey, p -> plain(p.budgetChange()))
                .containsExactly(tuple("省级自然资源卫片执法", "15"), tuple("社区综合服务", "3"), tuple("网格化管理", "2"));
        assertThat(o.fallers()).extracting(ProjectChange::projectKey, p -> plain(p.budgetChange()))
                .containsExactly(tuple("老旧小区改造", "-20"), tuple("国土空间规划编制", "-15"));
    }

    @Test
    void started_and_ended_need_a_report_of_the_unit_in_the_other_year() {
        ProjectsOverview o = service.overview(new ProjectsFilter(2023, null));

        assertThat(o.started()).extracting(ProjectChange::unitCode, ProjectChange::displayName)
                .containsExactly(tuple("z1", "不动产登记信息化"), tuple("z2", "背街小巷提质"));
        assertThat(o.ended()).extracting(ProjectChange::unitCode, ProjectChange::displayName, p -> plain(p.previousBudget()))
                .containsExactly(tuple("z1", "耕地保护补偿", "10"));
        assertThat(o.ended()).allSatisfy(p -> assertThat(p.budget()).isNull());
        // 教育局 has no 2022 report: its projects are neither started nor continued
        assertThat(o.top()).filteredOn(p -> p.unitCode().equals("z3"))
                .extracting(ProjectChange::status).containsOnlyNulls();
    }

    @Test
    void the_summary_counts_and_sums_the_year_against_the_year_before() {
        ChangeSummary s = service.overview(new ProjectsFilter(2023, null)).summary();

        assertThat(s.projects()).isEqualTo(10);
        assertThat(plain(s.budget())).isEqualTo("353");
        assertThat(s.started()).isEqualTo(2);
        assertThat(plain(s.startedBudget())).isEqualTo("85");
        assertThat(s.ended()).isEqualTo(1);
        assertThat(plain(s.endedBudget())).isEqualTo("10");
        assertThat(s.continued()).isEqualTo(6);
        assertThat(s.unknown()).isEqualTo(2);
    }

    @Test
    void a_category_filter_keeps_its_units_projects() {
        ProjectsOverview o = service.overview(new ProjectsFilter(2023, "街道/镇"));

        assertThat(o.top()).extracting(ProjectChange::displayName).containsExactly("老旧小区改造", "背街小巷提质", "社区综合服务", "网格化管理");
        assertThat(o.summary().projects()).isEqualTo(4);
        assertThat(plain(o.summary().budget())).isEqualTo("131");
        assertThat(o.funding()).extracting(CategoryFunding::fiscalYear, c -> plain(c.projectFunding()))
                .containsExactly(tuple(2022, "121"), tuple(2023, "131"));
    }

    @Test
    void funding_per_year_and_category_sums_the_listed_budgets() {
        List<CategoryFunding> f = service.overview(new ProjectsFilter(2023, null)).funding();

        assertThat(f).extracting(CategoryFunding::fiscalYear, CategoryFunding::category, c -> plain(c.projectFunding()), CategoryFunding::reports)
                .containsExactly(
                        tuple(2021, "政府部门", "40", 1),
                        tuple(2022, "政府部门", "110", 1), tuple(2022, "街道/镇", "121", 1),
                        tuple(2023, "政府部门", "222", 2), tuple(2023, "街道/镇", "131", 1));
    }

    @Test
    void a_projects_history_links_its_years_and_its_evaluation_tables() {
        ProjectHistory h = service.project("z1", "省级自然资源卫片执法").orElseThrow();

        assertThat(h.unitName()).isEqualTo("测试区自然资源局");
        assertThat(h.years()).extracting(ProjectYear::fiscalYear, p -> plain(p.budget()), p -> plain(p.actual()),
                        ProjectYear::tableNo, p -> plain(p.tableScore()), ProjectYear::tableGrade)
                .containsExactly(tuple(2022, "30", "28", 1, "88", "良"), tuple(2023, "45", "40", 1, "92", "优"));
        assertThat(h.years().get(1).tableExecutionRate()).isEqualByComparingTo("0.888889");
        assertThat(h.namesAsWritten()).containsExactly("2022年省级自然资源卫片执法补助经费", "省级自然资源卫片执法补助经费",
                "2023年 省级自然资源卫片执法补助经费", "2023年省级自然资源卫片执法补助经费");
        assertThat(h.displayName()).isEqualTo("2023年 省级自然资源卫片执法补助经费");
        assertThat(h.years().get(0).kinds()).containsExactly("initial");
    }

    @Test
    void a_project_without_a_table_has_no_score() {
        ProjectHistory h = service.project("z1", "地质灾害防治").orElseThrow();

        assertThat(h.years()).extracting(ProjectYear::fiscalYear, ProjectYear::tableNo, ProjectYear::tableScore)
                .containsExactly(tuple(2022, null, null), tuple(2023, null, null));
        assertThat(h.years()).extracting(ProjectYear::kinds).containsExactly(List.of("midyear"), List.of("initial"));
    }

    @Test
    void the_load_stores_the_key_of_each_loaded_name_once_as_project_key_gives_it() {
        db.jdbi().useHandle(h -> {
            // 18 listed rows with 14 distinct names, and 2 table names of their own
            assertThat(h.createQuery("SELECT count(*) FROM project_name_key").mapTo(Integer.class).one()).isEqualTo(16);
            assertThat(h.createQuery("SELECT count(*) FROM project_name_key WHERE project_key <> project_key(project_name)")
                    .mapTo(Integer.class).one()).isZero();
            assertThat(h.createQuery("SELECT project_key FROM project_name_key WHERE project_name = :n")
                    .bind("n", "2023年 省级自然资源卫片执法补助经费").mapTo(String.class).one()).isEqualTo("省级自然资源卫片执法");
        });
    }

    @Test
    void an_unknown_project_is_empty() {
        assertThat(service.project("z1", "没有这个项目")).isEmpty();
        assertThat(service.project("nobody", "国土空间规划编制")).isEmpty();
    }
}
