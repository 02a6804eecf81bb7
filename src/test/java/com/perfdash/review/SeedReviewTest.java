package com.perfdash.review;

import static com.perfdash.review.ReviewFixture.en;
import static com.perfdash.review.ReviewFixture.of;
import static com.perfdash.review.ReviewFixture.where;
import static com.perfdash.review.ReviewFixture.zh;
import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real 2020 report of 中共株洲市荷塘区委办公室: each defect DOMAIN.md lists is found by the rule
 * meant for it, and what holds (overall score 92 = the sum of the scores, grade 优, funds executed
 * 100 % and scored 10) raises nothing.
 */
class SeedReviewTest {

    @TempDir
    static Path data;

    private static ReviewFixture fixture;
    private static List<Finding> findings;

    @BeforeAll
    static void load() {
        fixture = new ReviewFixture();
        CsvDataSet.copy(TestDatabase.SEED, data, "seed");
        findings = fixture.load(data);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static Finding one(ReviewRule rule, String firstRowKey) {
        List<Finding> hits = of(findings, rule).stream().filter(f -> f.rowKeys().get(0).equals(firstRowKey)).toList();
        assertThat(hits).as(rule + " at " + firstRowKey).hasSize(1);
        return hits.get(0);
    }

    @Test
    void income_parts_summing_to_474_25_against_516_66_are_an_income_sum_error() {
        Finding f = one(ReviewRule.SUM_INCOME_PARTS, "income");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(zh(f)).isEqualTo("预算收入 516.66 万元，但年初预算 457.18 + 调整追加 17.07 + 上年结转 未填 + 其他资金 0.00 合计 474.25 万元，相差 42.41 万元。");
        assertThat(en(f)).isEqualTo("Budget income is stated as 516.66 万元, but initial budget 457.18 + adjustment 17.07 + carry-over not stated"
                + " + other 0.00 sum to 474.25 万元, a difference of 42.41 万元.");
    }

    @Test
    void basic_spending_above_total_spending_is_a_part_exceeding_its_whole_and_the_parts_sum_to_629_15() {
        Finding part = one(ReviewRule.SUM_PART_EXCEEDS_TOTAL, "expenditure");
        assertThat(part.field()).isEqualTo("expenditure_basic");
        assertThat(zh(part)).isEqualTo("基本支出 580.92 万元大于支出 516.66 万元：分项不能超过合计。");
        assertThat(en(part)).isEqualTo("Basic expenditure of 580.92 万元 exceeds expenditure of 516.66 万元: a part cannot exceed its whole.");
        assertThat(one(ReviewRule.SUM_EXPENDITURE_PARTS, "expenditure").evidence())
                .containsEntry("sum", "629.15").containsEntry("diff", "112.49");
    }

    @Test
    void project_spending_38_1_against_146_25_spent_on_projects_is_a_project_sum_error() {
        Finding f = one(ReviewRule.SUM_PROJECT_SPENDING, "expenditure");
        assertThat(f.rowKeys()).containsExactly("expenditure", "projects");
        assertThat(zh(f)).contains("项目支出 38.10 万元", "实际支出 146.25 万元", "相差 108.15 万元", "所列 8 个项目支出合计 93.00 万元");
    }

    @Test
    void funds_rows_summing_to_526_91_against_a_total_of_516_66_are_a_funds_rows_error() {
        Finding f = one(ReviewRule.SUM_FUNDS_ROWS, "f0-total");
        assertThat(f.tableNo()).isZero();
        assertThat(f.field()).isEqualTo("full_year_budget");
        assertThat(f.rowKeys()).containsExactly("f0-total", "f0-appropriation", "f0-carryover");
        assertThat(zh(f)).isEqualTo("整体支出表「全年预算数」：合计 516.66 万元，但当年财政拨款 516.66 + 上年结转 10.25 + 其他资金 未填 = 526.91 万元，相差 10.25 万元。");
        assertThat(of(findings, ReviewRule.SUM_FUNDS_ROWS)).as("initial budget and executed hold").hasSize(1);
    }

    @Test
    void a_cost_control_figure_of_491_38_for_a_unit_that_spent_516_66_is_implausible() {
        Finding f = one(ReviewRule.PLAUS_COST_VS_SPENDING, "i0-7");
        assertThat(f.indicatorSeq()).isEqualTo(7);
        assertThat(zh(f)).isEqualTo("整体支出表成本指标「成本控制数」目标 491.38 万元、实际 491.38 万元，而该表年初预算 457.18 万元、全年预算 516.66 万元、"
                + "执行 516.66 万元；正文所记支出（扣除结余结转）506.53 万元。");
    }

    @Test
    void points_off_the_met_help_and_training_targets_without_a_note_are_found() {
        Finding help = one(ReviewRule.ATTAIN_POINTS_OFF_MET, "i0-2");
        assertThat(zh(help)).isEqualTo("整体支出表「开展帮扶」目标 4 次，实际 4 次，已完成，但 5 分只得 4 分，且未填写偏差原因。");
        Finding training = one(ReviewRule.ATTAIN_POINTS_OFF_MET, "i0-4");
        assertThat(en(training)).isEqualTo("Whole-unit table: '学习培训' has target 10 次 and actual 15 次 — met — yet scores 4 of 5 with no deviation note.");
    }

    @Test
    void the_democratic_supervision_table_weights_110_with_benefit_40_of_30_and_a_stated_total_of_100() {
        Finding cap = one(ReviewRule.WEIGHT_LEVEL1_CAP, "i1-6");
        assertThat(cap.rowKeys()).containsExactly("i1-6", "i1-7", "i1-8", "i1-9");
        assertThat(zh(cap)).isEqualTo("项目表 1「效益指标」声明 30 分，但其下 4 个三级指标分值合计 40 分（得分合计 40 分）。");
        assertThat(zh(one(ReviewRule.WEIGHT_TOTAL, "t1"))).isEqualTo("项目表 1：资金分值 10 + 指标分值 100 = 110 分，与总分 100 分不符。");
        assertThat(zh(one(ReviewRule.SCORE_TOTAL, "t1"))).isEqualTo("项目表 1：填写总得分 100，但资金得分 10 + 指标得分 100 = 110，相差 10。");
    }

    @Test
    void the_project_tables_cost_indicator_copies_the_unit_wide_491_38() {
        Finding copy = one(ReviewRule.PLAUS_COPIED_INDICATOR, "i1-5");
        assertThat(copy.rowKeys()).containsExactly("i1-5", "i0-7");
        assertThat(zh(copy)).isEqualTo("项目表 1「成本控制数」（目标 491.38 万元，实际 491.38 万元）与整体支出表第 7 行一字不差，但两表资金不同（4.15 万元 对 516.66 万元）。");
        assertThat(one(ReviewRule.PLAUS_COST_VS_SPENDING, "i1-5").evidence()).containsEntry("executed", "4.15");
    }

    @Test
    void the_democratic_supervision_project_is_not_among_the_eight_listed_projects() {
        Finding f = one(ReviewRule.PLAUS_PROJECT_NOT_LISTED, "t1");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(zh(f)).startsWith("项目表 1评价的项目「民主监督经费」不在报告正文所列的 8 个项目中（《荷塘年鉴》编纂发行项目、全面深化改革项目");
        Finding reverse = one(ReviewRule.PLAUS_PROJECTS_NOT_EVALUATED, "p1");
        assertThat(reverse.severity()).isEqualTo(Severity.INFO);
        assertThat(reverse.rowKeys()).containsExactly("p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8");
        assertThat(zh(reverse)).startsWith("报告附有 1 张项目支出绩效自评表，但正文所列 8 个项目没有一个有对应的自评表：《荷塘年鉴》编纂发行项目、");
    }

    @Test
    void executing_516_66_while_the_text_carries_10_13_forward_of_516_66_disagrees() {
        Finding f = one(ReviewRule.SUM_TABLE_VS_TEXT, "f0-total");
        assertThat(f.rowKeys()).containsExactly("f0-total", "expenditure");
        assertThat(zh(f)).isEqualTo("整体支出表合计行全年执行数 516.66 万元，而正文支出减结余结转 506.53 万元，相差 10.13 万元。");
        assertThat(of(findings, ReviewRule.SUM_TABLE_VS_TEXT)).as("全年预算数 516.66 = 预算收入 516.66").hasSize(1);
    }

    @Test
    void the_whole_unit_tables_total_of_92_grade_and_full_execution_raise_nothing() {
        assertThat(findings).filteredOn(f -> Integer.valueOf(0).equals(f.tableNo()))
                .extracting(f -> f.rule().group())
                .doesNotContain(RuleGroup.FUNDS, RuleGroup.SCORING);
        assertThat(of(findings, ReviewRule.SCORE_GRADE)).isEmpty();
        assertThat(of(findings, ReviewRule.FUNDS_RATE)).isEmpty();
        assertThat(of(findings, ReviewRule.FUNDS_SCORE)).isEmpty();
    }

    @Test
    void the_project_budgets_93_plus_53_25_equal_the_146_25_spent_and_raise_nothing() {
        assertThat(of(findings, ReviewRule.SUM_PROJECT_BUDGET_CHANGE)).isEmpty();
        assertThat(of(findings, ReviewRule.UNIT_TEN_THOUSAND)).isEmpty();
    }

    @Test
    void every_finding_on_the_seed_is_one_of_these() {
        assertThat(findings).extracting(ReviewFixture::where).containsExactlyInAnyOrder(
                "SUM_INCOME_PARTS income",
                "SUM_EXPENDITURE_PARTS expenditure",
                "SUM_PART_EXCEEDS_TOTAL expenditure",
                "SUM_FUNDS_ROWS f0-total",
                "SUM_PROJECT_SPENDING expenditure",
                // the expenditure sentence carries 10.13 forward, the table executed all 516.66
                "SUM_TABLE_VS_TEXT f0-total",
                "WEIGHT_LEVEL1_CAP i1-6",
                "WEIGHT_TOTAL t1",
                "SCORE_TOTAL t1",
                "ATTAIN_POINTS_OFF_MET i0-2",
                "ATTAIN_POINTS_OFF_MET i0-4",
                // the same reasoning: 成本控制数 491.38 of 491.38 and 民众满意率 ≥95% of ≥95% lost a point each
                "ATTAIN_POINTS_OFF_MET i0-7",
                "ATTAIN_POINTS_OFF_MET i0-12",
                // 事项完成率 100% → 95% lost a point: fair, but the deviation column is empty
                "ATTAIN_MISSED_NO_NOTE i0-5",
                // qualitative rows that lost a point with no note
                "ATTAIN_POINTS_OFF_UNEXPLAINED i0-8",
                "ATTAIN_POINTS_OFF_UNEXPLAINED i0-9",
                "ATTAIN_POINTS_OFF_UNEXPLAINED i0-10",
                "PLAUS_COST_VS_SPENDING i0-7",
                "PLAUS_COST_VS_SPENDING i1-5",
                "PLAUS_COPIED_INDICATOR i1-5",
                "PLAUS_PROJECT_NOT_LISTED t1",
                "PLAUS_PROJECTS_NOT_EVALUATED p1");
    }

    @Test
    void findings_on_qualitative_rows_say_why_they_cannot_be_judged() {
        Finding f = one(ReviewRule.ATTAIN_POINTS_OFF_UNEXPLAINED, "i0-10");
        assertThat(zh(f)).isEqualTo("整体支出表「始终围绕中心、服务大局。」扣 1 分（4/5），未填写偏差原因；目标「整合全区力量资源谋发展」与实际「有所提升」为定性表述，无法判断是否完成。");
        assertThat(f.evidence()).containsEntry("outcome", "QUALITATIVE");
    }
}
