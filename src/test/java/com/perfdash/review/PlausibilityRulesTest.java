package com.perfdash.review;

import static com.perfdash.review.CsvDataSet.where;
import static com.perfdash.review.ReviewFixture.zh;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Plausibility: cost indicators against spending, copied rows, projects in the tables vs in the text. */
class PlausibilityRulesTest extends RuleTestBase {

    private CsvDataSet cost(CsvDataSet r, int tableNo, int seq, String level3, String amount) {
        return r.set("indicators.csv", indicator(tableNo, seq), "level3", level3)
                .set("indicators.csv", indicator(tableNo, seq), "target", amount)
                .set("indicators.csv", indicator(tableNo, seq), "actual", amount);
    }

    @Test
    void a_cost_control_figure_matching_no_budget_or_spending_fires() {
        cost(report(), 0, 7, "成本控制数", "491.38 万元");
        List<Finding> f = load(ReviewRule.PLAUS_COST_VS_SPENDING);
        assertThat(f).extracting(ReviewFixture::where).containsExactly("PLAUS_COST_VS_SPENDING i0-7");
        assertThat(f.get(0).rowKeys()).containsExactly("i0-7", "f0-total");
    }

    @Test
    void any_cost_above_everything_the_table_spent_fires() {
        cost(report(), 1, 5, "印刷费", "≤8万元");
        assertThat(load(ReviewRule.PLAUS_COST_VS_SPENDING)).extracting(ReviewFixture::where)
                .containsExactly("PLAUS_COST_VS_SPENDING i1-5");
    }

    @Test
    void a_cost_actual_equal_to_the_plan_instead_of_the_spending_fires() {
        cost(report(), 0, 7, "部门整体支出成本控制", "457.18 万元");
        assertThat(load(ReviewRule.PLAUS_COST_VS_SPENDING)).as("457.18 is the initial budget; 516.66 was spent")
                .extracting(ReviewFixture::where).containsExactly("PLAUS_COST_VS_SPENDING i0-7");
    }

    @Test
    void a_cost_target_at_the_initial_budget_with_the_spending_as_actual_is_silent() {
        report().set("indicators.csv", indicator(0, 7), "target", "≤457.18万元");
        assertThat(load(ReviewRule.PLAUS_COST_VS_SPENDING)).isEmpty();
    }

    @Test
    void a_whole_unit_table_without_funds_is_checked_against_the_text() {
        CsvDataSet r = cost(report(), 0, 7, "成本控制数", "491.38 万元");
        for (String col : List.of("initial_budget", "full_year_budget", "executed")) {
            r.set("funds_rows.csv", where("table_no", "0", "row_kind", "total"), col, "");
        }
        assertThat(load(ReviewRule.PLAUS_COST_VS_SPENDING)).singleElement().satisfies(f -> assertThat(zh(f)).isEqualTo(
                "整体支出表成本指标「成本控制数」目标 491.38 万元、实际 491.38 万元，而该表年初预算 未填 万元、全年预算 未填 万元、执行 未填 万元；"
                        + "正文所记支出（扣除结余结转）516.66 万元。"));
        cost(r, 0, 7, "成本控制数", "516.66 万元");
        assertThat(load(ReviewRule.PLAUS_COST_VS_SPENDING)).isEmpty();
    }

    @Test
    void per_head_costs_and_parts_of_the_spending_are_silent() {
        CsvDataSet r = cost(report(), 0, 7, "人均办公成本", "491.38 万元");
        assertThat(load(ReviewRule.PLAUS_COST_VS_SPENDING)).isEmpty();
        cost(r, 0, 7, "会议费", "≤20万元");
        assertThat(load(ReviewRule.PLAUS_COST_VS_SPENDING)).isEmpty();
        cost(r, 0, 7, "成本控制数", "5166600 元");
        assertThat(load(ReviewRule.PLAUS_COST_VS_SPENDING)).as("516.66 万元 written in 元").isEmpty();
    }

    @Test
    void a_project_table_row_copied_from_the_unit_table_fires() {
        cost(report(), 1, 5, "成本控制数", "516.66 万元");
        List<Finding> f = load(ReviewRule.PLAUS_COPIED_INDICATOR);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).rowKeys()).containsExactly("i1-5", "i0-7");
        assertThat(zh(f.get(0))).isEqualTo("项目表 1「成本控制数」（目标 516.66 万元，实际 516.66 万元）与整体支出表第 7 行一字不差，但两表资金不同（4.50 万元 对 516.66 万元）。");
    }

    @Test
    void a_copied_count_fires_and_spacing_does_not_hide_it() {
        CsvDataSet r = report();
        r.set("indicators.csv", indicator(1, 1), "level3", "召开工作会议")
                .set("indicators.csv", indicator(1, 1), "target", "20次")
                .set("indicators.csv", indicator(1, 1), "actual", "24 次");
        assertThat(load(ReviewRule.PLAUS_COPIED_INDICATOR)).extracting(ReviewFixture::where)
                .containsExactly("PLAUS_COPIED_INDICATOR i1-1");
    }

    @Test
    void a_percentage_measured_for_the_whole_unit_and_repeated_for_a_project_fires() {
        report().set("indicators.csv", indicator(1, 10), "target", "≥95%").set("indicators.csv", indicator(1, 10), "actual", "≥95%");
        assertThat(load(ReviewRule.PLAUS_COPIED_INDICATOR)).as("民众满意率 ≥95% / ≥95% in both tables")
                .extracting(ReviewFixture::where).containsExactly("PLAUS_COPIED_INDICATOR i1-10");
    }

    @Test
    void a_percentage_of_100_or_shared_by_two_project_tables_is_silent() {
        CsvDataSet r = report().set("indicators.csv", indicator(0, 5), "actual", "100%")
                .set("indicators.csv", indicator(1, 10), "level3", "事项完成率")
                .set("indicators.csv", indicator(1, 10), "target", "100%").set("indicators.csv", indicator(1, 10), "actual", "100%");
        assertThat(load(ReviewRule.PLAUS_COPIED_INDICATOR)).as("事项完成率 100% / 100%").isEmpty();
        r.add("eval_tables.csv", where("unit_code", "zz-hetang-qwbgs", "fiscal_year", "2020", "table_no", "2", "kind", "project",
                        "project_name", "区委财经专项经费", "funds_weight", "10", "total_weight", "100", "total_score", "100", "grade", "优"))
                .add("funds_rows.csv", where("unit_code", "zz-hetang-qwbgs", "fiscal_year", "2020", "table_no", "2", "row_kind", "total",
                        "initial_budget", "4.5", "full_year_budget", "4.5", "executed", "4.5", "weight", "10", "execution_rate_pct", "100", "score", "10"))
                .add("indicators.csv", where("unit_code", "zz-hetang-qwbgs", "fiscal_year", "2020", "table_no", "2", "seq", "1",
                        "level1", "满意度指标", "level1_cap", "90", "level2", "服务对象满意度指标", "level3", "民众满意率",
                        "target", "≥95%", "actual", "96%", "weight", "90", "score", "90"))
                .set("indicators.csv", indicator(1, 10), "level3", "民众满意率")
                .set("indicators.csv", indicator(1, 10), "target", "≥95%").set("indicators.csv", indicator(1, 10), "actual", "96%");
        assertThat(load(ReviewRule.PLAUS_COPIED_INDICATOR)).as("民众满意率 ≥95% / 96% in project tables 1 and 2").isEmpty();
    }

    @Test
    void a_copied_row_between_tables_with_the_same_funds_is_silent() {
        CsvDataSet r = cost(report(), 1, 5, "成本控制数", "516.66 万元");
        for (String kind : List.of("total", "appropriation")) {
            r.set("funds_rows.csv", where("table_no", "1", "row_kind", kind), "full_year_budget", "516.66");
        }
        assertThat(load(ReviewRule.PLAUS_COPIED_INDICATOR)).isEmpty();
    }

    @Test
    void a_project_table_for_a_project_the_text_does_not_list_fires() {
        report().set("eval_tables.csv", where("table_no", "1"), "project_name", "民主监督经费")
                .set("eval_tables.csv", where("table_no", "1"), "spending_direction", "民主监督");
        List<Finding> f = load(ReviewRule.PLAUS_PROJECT_NOT_LISTED);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).rowKeys()).startsWith("t1", "p1");
        assertThat(f.get(0).evidence()).containsEntry("project", "民主监督经费").containsEntry("listed_count", "8");
    }

    @Test
    void a_project_table_beside_a_whole_unit_table_fires_even_when_the_text_lists_no_projects() {
        CsvDataSet r = report().remove("projects.csv", where());
        assertThat(load(ReviewRule.PLAUS_PROJECT_NOT_LISTED)).singleElement()
                .satisfies(f -> assertThat(zh(f)).isEqualTo("项目表 1评价的项目「区委党史专项经费」不在报告正文所列的 0 个项目中（—）。"));
    }

    @Test
    void a_report_that_is_only_a_project_table_and_lists_no_projects_is_silent() {
        CsvDataSet r = report().remove("projects.csv", where());
        for (String file : List.of("eval_tables.csv", "funds_rows.csv", "goals.csv", "indicators.csv")) {
            r.remove(file, where("table_no", "0"));
        }
        assertThat(load(ReviewRule.PLAUS_PROJECT_NOT_LISTED)).as("no list to be missing from").isEmpty();
    }

    @Test
    void a_project_table_named_with_other_generic_endings_matches_its_listed_project() {
        CsvDataSet r = report().set("eval_tables.csv", where("table_no", "1"), "project_name", "区委党史 专项经费");
        assertThat(load(ReviewRule.PLAUS_PROJECT_NOT_LISTED)).isEmpty();
        r.set("eval_tables.csv", where("table_no", "1"), "project_name", "党史编撰")
                .set("eval_tables.csv", where("table_no", "1"), "spending_direction", "区委党史");
        assertThat(load(ReviewRule.PLAUS_PROJECT_NOT_LISTED)).as("matched by its spending direction").isEmpty();
    }

    @Test
    void project_tables_that_evaluate_none_of_the_listed_projects_fire_once_per_report() {
        report().set("eval_tables.csv", where("table_no", "1"), "project_name", "民主监督经费")
                .set("eval_tables.csv", where("table_no", "1"), "spending_direction", "民主监督");
        List<Finding> f = load(ReviewRule.PLAUS_PROJECTS_NOT_EVALUATED);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).severity()).isEqualTo(Severity.INFO);
        assertThat(f.get(0).rowKeys()).containsExactly("p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8");
        assertThat(f.get(0).evidence()).containsEntry("table_count", "1").containsEntry("listed_count", "8");
    }

    @Test
    void project_tables_for_some_of_the_listed_projects_are_silent() {
        report();
        assertThat(load(ReviewRule.PLAUS_PROJECTS_NOT_EVALUATED)).as("区委党史 has its table; the other seven need none").isEmpty();
    }

    @Test
    void listed_projects_in_a_report_with_only_the_whole_unit_table_are_silent() {
        CsvDataSet r = report();
        for (String file : List.of("eval_tables.csv", "funds_rows.csv", "goals.csv", "indicators.csv")) {
            r.remove(file, where("table_no", "1"));
        }
        assertThat(load(ReviewRule.PLAUS_PROJECTS_NOT_EVALUATED)).isEmpty();
    }
}
