package com.perfdash.units;

import static com.perfdash.units.UnitsFixtures.SEED_UNIT;
import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.TestDatabase;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real 2020 report of 中共株洲市荷塘区委办公室 read through the drill-down service, figures checked by hand. */
class UnitsServiceSeedTest {

    @TempDir
    static Path data;

    private static TestDatabase db;
    private static UnitsService service;
    private static ReportDetail report;

    @BeforeAll
    static void load() throws IOException {
        db = UnitsFixtures.seedOnly(data);
        service = new UnitsService(db.jdbi());
        report = service.report(SEED_UNIT, 2020).orElseThrow();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void the_whole_unit_table_holds_twelve_level3_indicators_in_three_level1_groups() {
        IndicatorTree tree = report.unitTable().orElseThrow().indicators();
        assertThat(tree.indicatorCount()).isEqualTo(12);
        assertThat(tree.level1s()).extracting(IndicatorTree.Level1Node::label).containsExactly("产出指标", "效益指标", "满意度指标");
        assertThat(tree.level1s().get(0).children()).extracting(IndicatorTree.Level2Node::label)
                .containsExactly("数量指标", "质量指标", "时效指标", "成本指标");
        assertThat(tree.level1s().get(0).children().get(0).indicators()).hasSize(4);
    }

    @Test
    void level_sums_of_the_whole_unit_table_are_50_46_30_27_10_9_and_funds_10_10_total_92() {
        IndicatorTree tree = report.unitTable().orElseThrow().indicators();
        IndicatorTree.Level1Node output = tree.level1s().get(0);
        IndicatorTree.Level1Node benefit = tree.level1s().get(1);
        IndicatorTree.Level1Node satisfaction = tree.level1s().get(2);
        assertThat(output.weight()).isEqualByComparingTo("50");
        assertThat(output.score()).isEqualByComparingTo("46");
        assertThat(output.cap()).isEqualByComparingTo("50");
        assertThat(benefit.weight()).isEqualByComparingTo("30");
        assertThat(benefit.score()).isEqualByComparingTo("27");
        assertThat(benefit.cap()).isEqualByComparingTo("30");
        assertThat(satisfaction.weight()).isEqualByComparingTo("10");
        assertThat(satisfaction.score()).isEqualByComparingTo("9");
        assertThat(satisfaction.cap()).isEqualByComparingTo("10");
        assertThat(tree.fundsWeight()).isEqualByComparingTo("10");
        assertThat(tree.fundsScore()).isEqualByComparingTo("10");
        assertThat(tree.totalWeight()).isEqualByComparingTo("100");
        assertThat(tree.totalScore()).isEqualByComparingTo("92");
        assertThat(tree.statedTotalScore()).isEqualByComparingTo("92");
        assertThat(tree.totalScoreDiffersFromStated()).isFalse();
        assertThat(tree.totalWeightDiffersFromStated()).isFalse();
        assertThat(tree.level1s()).noneMatch(IndicatorTree.Level1Node::weightDiffersFromCap);
    }

    @Test
    void the_indicators_that_lost_points_are_the_eight_scored_below_their_weight() {
        IndicatorTree tree = report.unitTable().orElseThrow().indicators();
        assertThat(tree.indicators()).filteredOn(IndicatorRow::lostPoints).extracting(IndicatorRow::level3).containsExactly(
                "开展帮扶", "学习培训", "事项完成率", "成本控制数", "保护企业复工复产", "广泛凝聚人心, 不断增进共识", "始终围绕中心、服务大局。", "民众满意率");
        IndicatorRow help = tree.indicators().get(1);
        assertThat(help.key()).isEqualTo("i0-2");
        assertThat(help.targetText()).isEqualTo("4 次");
        assertThat(help.actualText()).isEqualTo("4 次");
        assertThat(help.pointsLost()).isEqualByComparingTo("1");
        assertThat(help.deviationNote()).as("the report gives no reason").isNull();
    }

    @Test
    void the_democratic_supervision_table_holds_ten_indicators_summing_to_110_against_a_stated_100() {
        assertThat(report.projectTables()).extracting(EvalTableInfo::tableNo, EvalTableInfo::projectName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "民主监督经费"));
        ProjectTableDetail detail = service.projectTable(SEED_UNIT, 2020, 1).orElseThrow();
        IndicatorTree tree = detail.table().indicators();
        assertThat(tree.indicatorCount()).isEqualTo(10);
        assertThat(tree.indicatorWeight()).isEqualByComparingTo("100");
        assertThat(tree.totalWeight()).isEqualByComparingTo("110");
        assertThat(tree.totalScore()).isEqualByComparingTo("110");
        assertThat(tree.statedTotalWeight()).isEqualByComparingTo("100");
        assertThat(tree.statedTotalScore()).isEqualByComparingTo("100");
        assertThat(tree.totalWeightDiffersFromStated()).isTrue();
        assertThat(tree.totalScoreDiffersFromStated()).isTrue();
        IndicatorTree.Level1Node benefit = tree.level1s().get(1);
        assertThat(benefit.label()).isEqualTo("效益指标");
        assertThat(benefit.weight()).isEqualByComparingTo("40");
        assertThat(benefit.cap()).isEqualByComparingTo("30");
        assertThat(benefit.scoreExceedsCap()).isTrue();
        assertThat(tree.level1s().get(0).weightDiffersFromCap()).isFalse();
        assertThat(detail.table().table().totalInvestment()).isEqualByComparingTo("4.15");
        assertThat(detail.table().fundsTotal().orElseThrow().fullYearBudget()).isEqualByComparingTo("4.15");
        assertThat(detail.table().goals()).extracting(Goal::expected).containsExactly("保障工作的正常进行实。");
        assertThat(detail.listedProject()).as("the text does not list 民主监督经费").isEmpty();
        assertThat(detail.header().unitName()).isEqualTo("中共株洲市荷塘区委办公室");
    }

    @Test
    void the_eight_listed_projects_total_93_budgeted_and_none_has_its_own_table() {
        assertThat(report.projects()).hasSize(8);
        assertThat(report.projects()).extracting(ProjectRow::projectName).startsWith("《荷塘年鉴》编纂发行项目").endsWith("区委中心项目");
        assertThat(report.projects()).allMatch(ProjectRow::isInitial).allMatch(p -> p.evalTableNo() == null);
        assertThat(report.header().projectFunding()).isEqualByComparingTo("93");
        assertThat(report.header().projectActual()).isEqualByComparingTo("93");
        assertThat(report.stated().projectCount()).isEqualTo(8);
        assertThat(report.projects().get(7).budget()).isEqualByComparingTo("31.5");
        assertThat(report.projects().get(7).key()).isEqualTo("p8");
    }

    @Test
    void income_and_expenditure_read_as_stated_contradictions_included() {
        BudgetStatement b = report.budget();
        assertThat(b.incomeTotal()).isEqualByComparingTo("516.66");
        assertThat(b.incomeInitial()).isEqualByComparingTo("457.18");
        assertThat(b.incomeAdjustment()).isEqualByComparingTo("17.07");
        assertThat(b.incomeCarryover()).isNull();
        assertThat(b.expenditureBasic()).isEqualByComparingTo("580.92");
        assertThat(b.expenditureProject()).isEqualByComparingTo("38.1");
        assertThat(b.expenditureBalance()).isEqualByComparingTo("10.13");
        assertThat(b.initialProjectsActual()).isEqualByComparingTo("146.25");
        assertThat(b.incomeText()).startsWith("2020 年度预算收入 516.66 万元");
    }

    @Test
    void funds_rows_come_total_first_with_the_carryover_row_that_breaks_the_sum() {
        EvalTableDetail table = report.unitTable().orElseThrow();
        assertThat(table.funds()).extracting(FundsRow::rowKind).containsExactly("total", "appropriation", "carryover", "other");
        FundsRow total = table.funds().get(0);
        assertThat(total.key()).isEqualTo("f0-total");
        assertThat(total.initialBudget()).isEqualByComparingTo("457.18");
        assertThat(total.fullYearBudget()).isEqualByComparingTo("516.66");
        assertThat(total.executed()).isEqualByComparingTo("516.66");
        assertThat(total.executionRatePct()).isEqualByComparingTo("100");
        assertThat(total.score()).isEqualByComparingTo("10");
        assertThat(table.funds().get(2).fullYearBudget()).isEqualByComparingTo("10.25");
        assertThat(table.goals()).extracting(Goal::expected, Goal::achieved).containsExactly(
                org.assertj.core.groups.Tuple.tuple("积极履职，充分发挥主要职能。", "积极履职，充分发挥区委办主要职能。"),
                org.assertj.core.groups.Tuple.tuple("财政供养人员控制在预算编制以内。", "全年支出总额要控制在预算总"),
                org.assertj.core.groups.Tuple.tuple("三公经费只减不增。", null));
    }

    @Test
    void header_and_narrative_say_who_reported_and_where_it_comes_from() {
        ReportHeader h = report.header();
        assertThat(h.unitName()).isEqualTo("中共株洲市荷塘区委办公室");
        assertThat(h.category()).isEqualTo("党委部门");
        assertThat(h.isReal()).isTrue();
        assertThat(h.sourceFile()).isEqualTo("source/2020-zz-hetang-qwbgs.txt");
        assertThat(h.dataFile()).isEqualTo("seed/reports.csv");
        assertThat(report.stated().fullYearBudget()).isEqualByComparingTo("516.66");
        assertThat(report.stated().executionRate()).isEqualTo(1.0);
        assertThat(report.stated().totalScore()).isEqualByComparingTo("92");
        assertThat(report.stated().grade()).isEqualTo("优");
        // nobody has reviewed the seed: 复核后 reads the same
        assertThat(report.reviewed().fullYearBudget()).isEqualByComparingTo("516.66");
        assertThat(report.reviewed().totalScore()).isEqualByComparingTo("92");
        assertThat(report.reviewed().leftOut()).isZero();
        assertThat(report.narrative().duties()).hasSize(11);
        assertThat(report.narrative().duties().get(10)).isEqualTo("完成区委、区政府交办的其他工作。");
        assertThat(report.narrative().performance()).singleElement().asString().startsWith("2020 年度，荷塘区委办公室系统");
        assertThat(report.narrative().problems()).singleElement().asString().contains("行政运作经费不均衡");
        assertThat(report.narrative().projectPerformance()).hasSize(1);
        assertThat(report.narrative().other()).hasSize(1);
        assertThat(report.reportedYears()).containsExactly(2020);
    }

    @Test
    void with_no_2019_report_there_is_nothing_to_compare_with() {
        assertThat(report.comparison().hasPreviousYear()).isFalse();
        assertThat(report.comparison().previousYear()).isNull();
        assertThat(report.comparison().rows()).isEmpty();
    }

    @Test
    void the_unit_page_series_has_the_one_real_year_with_its_source() {
        UnitOverview unit = service.unit(SEED_UNIT).orElseThrow();
        assertThat(unit.unit().unitName()).isEqualTo("中共株洲市荷塘区委办公室");
        assertThat(unit.unit().district()).isEqualTo("株洲市荷塘区");
        assertThat(unit.reportedYears()).containsExactly(2020);
        UnitYear y = unit.years().get(0);
        assertThat(y.isReal()).isTrue();
        assertThat(y.sourceFile()).isEqualTo("source/2020-zz-hetang-qwbgs.txt");
        assertThat(y.fullYearBudget()).isEqualByComparingTo("516.66");
        assertThat(y.executed()).isEqualByComparingTo("516.66");
        assertThat(y.basicSpending()).isEqualByComparingTo("580.92");
        assertThat(y.projectSpending()).isEqualByComparingTo("38.1");
        assertThat(y.projectFunding()).isEqualByComparingTo("93");
        assertThat(y.totalScore()).isEqualByComparingTo("92");
    }

    @Test
    void an_unknown_unit_year_or_table_gives_nothing_rather_than_an_error() {
        assertThat(service.unit("no-such-unit")).isEmpty();
        assertThat(service.report("no-such-unit", 2020)).isEmpty();
        assertThat(service.report(SEED_UNIT, 2019)).isEmpty();
        assertThat(service.projectTable(SEED_UNIT, 2020, 0)).as("table 0 is not a project table").isEmpty();
        assertThat(service.projectTable(SEED_UNIT, 2020, 2)).isEmpty();
        assertThat(service.projectTable(SEED_UNIT, 2019, 1)).isEmpty();
    }

    @Test
    void searching_the_list_for_part_of_the_name_finds_the_seed_unit() {
        UnitFilter filter = new UnitFilter("荷塘", null);
        assertThat(service.countUnits(filter)).isEqualTo(1);
        UnitListRow row = service.units(filter, UnitOrder.BY_NAME, 0, 50).get(0);
        assertThat(row.unitCode()).isEqualTo(SEED_UNIT);
        assertThat(row.latestYear()).isEqualTo(2020);
        assertThat(row.fullYearBudget()).isEqualByComparingTo("516.66");
        assertThat(row.executionRate()).isEqualTo(1.0);
        assertThat(row.grade()).isEqualTo("优");
        assertThat(row.scores()).containsExactly(new YearScore(2020, new java.math.BigDecimal("92.00")));
        assertThat(service.categories()).containsExactly("党委部门");
    }
}
