package com.perfdash.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.perfdash.TestDatabase;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The units list, yearly series and year-on-year comparison, over the seed and a small fixture:
 * fx-a 测试甲局 (2018 score 92, 2019 budget 120 / executed 118, score 97.8), fx-b 测试乙街道办事处 (2019
 * budget 50 / executed 25, score 70 中), fx-c 测试丙中心 (no report), and the seed (2020, 516.66, 92 优).
 */
class UnitsServiceListTest {

    @TempDir
    static Path data;

    private static TestDatabase db;
    private static UnitsService service;

    @BeforeAll
    static void load() throws IOException {
        db = UnitsFixtures.seedAndFixture(data);
        service = new UnitsService(db.jdbi());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static List<String> codes(UnitFilter filter, UnitSortKey key, boolean descending) {
        return service.units(filter, new UnitOrder(key, descending), 0, 50).stream().map(UnitListRow::unitCode).toList();
    }

    @Test
    void the_filter_narrows_by_name_or_code_and_by_category_and_the_count_agrees() {
        assertThat(service.countUnits(UnitFilter.ALL)).isEqualTo(4);
        assertThat(codes(new UnitFilter("测试", null), UnitSortKey.NAME, false)).containsExactlyInAnyOrder("fx-a", "fx-b", "fx-c");
        assertThat(codes(new UnitFilter("街道", null), UnitSortKey.NAME, false)).containsExactly("fx-b");
        assertThat(codes(new UnitFilter("FX-C", null), UnitSortKey.NAME, false)).as("code, any case").containsExactly("fx-c");
        assertThat(codes(new UnitFilter(null, "政府部门"), UnitSortKey.NAME, false)).containsExactly("fx-a");
        assertThat(codes(new UnitFilter("测试", "党委部门"), UnitSortKey.NAME, false)).isEmpty();
        assertThat(service.countUnits(new UnitFilter("测试", " "))).isEqualTo(3);
        assertThat(codes(new UnitFilter("%", null), UnitSortKey.NAME, false)).as("no wildcards").isEmpty();
        assertThat(service.categories()).containsExactly("事业单位", "党委部门", "政府部门", "街道/镇");
    }

    @Test
    void the_unit_picker_reads_names_only_a_page_at_a_time_and_finds_a_unit_by_code() {
        // by name: 中共株洲市荷塘区委办公室, 测试丙中心, 测试乙街道办事处, 测试甲局 (code points)
        List<String> all = service.unitRefs(UnitFilter.ALL, 0, 10).stream().map(com.perfdash.base.unit.UnitRef::unitCode).toList();
        assertThat(all).hasSize(service.countUnits(UnitFilter.ALL));
        assertThat(service.unitRefs(UnitFilter.ALL, 1, 2)).extracting(com.perfdash.base.unit.UnitRef::unitCode)
                .containsExactlyElementsOf(all.subList(1, 3));
        assertThat(service.unitRefs(new UnitFilter("街道", null), 0, 10)).extracting(com.perfdash.base.unit.UnitRef::unitName)
                .containsExactly("测试乙街道办事处");
        assertThat(service.unitRef("fx-b")).hasValueSatisfying(u -> assertThat(u.category()).isEqualTo("街道/镇"));
        assertThat(service.unitRef("nobody")).isEmpty();
        assertThat(service.unitNames(List.of("fx-a", "fx-c", "nobody", "fx-a")))
                .containsExactly(java.util.Map.entry("fx-a", "测试甲局"), java.util.Map.entry("fx-c", "测试丙中心"));
        assertThat(service.unitNames(List.of())).isEmpty();
    }

    @Test
    void each_metric_column_sorts_both_ways_with_units_without_a_report_last() {
        assertThat(codes(UnitFilter.ALL, UnitSortKey.TOTAL_SCORE, true)).containsExactly("fx-a", "zz-hetang-qwbgs", "fx-b", "fx-c");
        assertThat(codes(UnitFilter.ALL, UnitSortKey.TOTAL_SCORE, false)).containsExactly("fx-b", "zz-hetang-qwbgs", "fx-a", "fx-c");
        assertThat(codes(UnitFilter.ALL, UnitSortKey.FULL_YEAR_BUDGET, true)).containsExactly("zz-hetang-qwbgs", "fx-a", "fx-b", "fx-c");
        assertThat(codes(UnitFilter.ALL, UnitSortKey.EXECUTED, false)).containsExactly("fx-b", "fx-a", "zz-hetang-qwbgs", "fx-c");
        assertThat(codes(UnitFilter.ALL, UnitSortKey.EXECUTION_RATE, true)).containsExactly("zz-hetang-qwbgs", "fx-a", "fx-b", "fx-c");
        assertThat(codes(UnitFilter.ALL, UnitSortKey.GRADE, false)).as("差 < 中 < 良 < 优, ties by name (中共… before 测试…)")
                .containsExactly("fx-b", "zz-hetang-qwbgs", "fx-a", "fx-c");
        assertThat(codes(UnitFilter.ALL, UnitSortKey.LATEST_YEAR, true)).as("2019 twice: 测试乙… before 测试甲… by name")
                .containsExactly("zz-hetang-qwbgs", "fx-b", "fx-a", "fx-c");
    }

    @Test
    void a_row_carries_its_latest_year_and_its_score_in_every_year() {
        UnitListRow a = service.units(new UnitFilter("fx-a", null), UnitOrder.BY_NAME, 0, 10).get(0);
        assertThat(a.reports()).isEqualTo(2);
        assertThat(a.firstYear()).isEqualTo(2018);
        assertThat(a.latestYear()).isEqualTo(2019);
        assertThat(a.latestSourceKind()).isEqualTo("demo");
        assertThat(a.fullYearBudget()).isEqualByComparingTo("120");
        assertThat(a.executed()).isEqualByComparingTo("118");
        assertThat(a.executionRate()).isCloseTo(118.0 / 120.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(a.totalScore()).isEqualByComparingTo("97.8");
        assertThat(a.scores()).extracting(YearScore::fiscalYear, s -> s.totalScore().stripTrailingZeros().toPlainString())
                .containsExactly(tuple(2018, "92"), tuple(2019, "97.8"));
        UnitListRow c = service.units(new UnitFilter("fx-c", null), UnitOrder.BY_NAME, 0, 10).get(0);
        assertThat(c.reports()).isZero();
        assertThat(c.latestYear()).isNull();
        assertThat(c.scores()).isEmpty();
    }

    @Test
    void pages_follow_one_another_without_overlap() {
        UnitOrder byScore = new UnitOrder(UnitSortKey.TOTAL_SCORE, true);
        List<String> first = service.units(UnitFilter.ALL, byScore, 0, 2).stream().map(UnitListRow::unitCode).toList();
        List<String> second = service.units(UnitFilter.ALL, byScore, 2, 2).stream().map(UnitListRow::unitCode).toList();
        assertThat(first).containsExactly("fx-a", "zz-hetang-qwbgs");
        assertThat(second).containsExactly("fx-b", "fx-c");
        assertThat(service.units(UnitFilter.ALL, byScore, 4, 2)).isEmpty();
        assertThat(service.units(UnitFilter.ALL, byScore, 0, 0)).isEmpty();
    }

    @Test
    void the_unit_series_has_every_reported_year_oldest_first() {
        UnitOverview a = service.unit("fx-a").orElseThrow();
        assertThat(a.years()).extracting(UnitYear::fiscalYear, UnitYear::sourceFile, UnitYear::isReal)
                .containsExactly(tuple(2018, "fx-a-2018.docx", false), tuple(2019, "fx-a-2019.docx", false));
        UnitYear y2019 = a.years().get(1);
        assertThat(y2019.basicSpending()).isEqualByComparingTo("100");
        assertThat(y2019.projectSpending()).isEqualByComparingTo("18");
        assertThat(y2019.projectFunding()).isEqualByComparingTo("18");
        assertThat(y2019.projectCount()).isEqualTo(2);
        assertThat(service.unit("fx-c").orElseThrow().years()).isEmpty();
    }

    @Test
    void compared_with_last_year_lists_the_indicators_both_years_hold_with_then_and_now() {
        YearComparison c = service.report("fx-a", 2019).orElseThrow().comparison();
        assertThat(c.previousYear()).isEqualTo(2018);
        assertThat(c.rows()).extracting(IndicatorComparison::level3).containsExactly("开展培训", "合格率", "满意率");
        IndicatorComparison training = c.rows().get(0);
        assertThat(training.previousTarget()).isEqualTo("10 次");
        assertThat(training.previousActual()).isEqualTo("8 次");
        assertThat(training.previousScore()).isEqualByComparingTo("16");
        assertThat(training.target()).isEqualTo("12 次");
        assertThat(training.score()).isEqualByComparingTo("20");
        assertThat(training.scoreChange()).isEqualByComparingTo("4");
        assertThat(service.report("fx-a", 2018).orElseThrow().comparison().hasPreviousYear()).isFalse();
        assertThat(service.report("fx-b", 2019).orElseThrow().comparison().hasPreviousYear()).isFalse();
    }

    @Test
    void a_listed_project_links_to_the_table_of_the_same_name_whatever_its_punctuation() {
        ReportDetail r = service.report("fx-a", 2019).orElseThrow();
        assertThat(r.projects()).extracting(ProjectRow::projectName, ProjectRow::evalTableNo)
                .containsExactly(tuple("培训项目", 1), tuple("宣传项目", null));
        ProjectTableDetail t = service.projectTable("fx-a", 2019, 1).orElseThrow();
        assertThat(t.listedProject()).map(ProjectRow::seq).contains(1);
        assertThat(t.table().indicators().totalScore()).as("9.5 + 50 + 25 + 10").isEqualByComparingTo("94.5");
        assertThat(t.table().indicators().totalScoreDiffersFromStated()).as("it states 95").isTrue();
        assertThat(r.header().projectFunding()).isEqualByComparingTo(new BigDecimal("18"));
    }
}
