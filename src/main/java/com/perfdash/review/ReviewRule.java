package com.perfdash.review;

import static com.perfdash.review.RuleGroup.ATTAINMENT;
import static com.perfdash.review.RuleGroup.FUNDS;
import static com.perfdash.review.RuleGroup.PLAUSIBILITY;
import static com.perfdash.review.RuleGroup.SCORING;
import static com.perfdash.review.RuleGroup.SUMS;
import static com.perfdash.review.RuleGroup.UNITS;
import static com.perfdash.review.Severity.ERROR;
import static com.perfdash.review.Severity.INFO;
import static com.perfdash.review.Severity.WARNING;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The catalogue of review rules. The enum constant's name is the rule's stable code (stored with each
 * finding, used in URLs and docs/review-checks.md); never rename one, add a new one instead.
 *
 * <p>Messages are templates over a finding's evidence: {@code {name}} is the evidence value,
 * {@code {name:field}} names a report field ({@link FieldLabels}), {@code {name:table}} names a table
 * (0 = the whole-unit table), {@code {name:at}} the same followed by a separator, or nothing when the
 * finding is not in a table. Money in evidence is 万元 with two decimals; a missing value reads
 * "未填" / "not stated".
 */
public enum ReviewRule {

    // ---- sums ----------------------------------------------------------------------------------
    SUM_INCOME_PARTS(SUMS, ERROR,
            "预算收入与其分项之和不符", "Income parts do not add up to the income total",
            "预算收入 {total} 万元，但年初预算 {initial} + 调整追加 {adjustment} + 上年结转 {carryover} + 其他资金 {other} 合计 {sum} 万元，相差 {diff} 万元。",
            "Budget income is stated as {total} 万元, but initial budget {initial} + adjustment {adjustment} + carry-over {carryover} + other {other} sum to {sum} 万元, a difference of {diff} 万元.",
            "income_total", "income_initial", "income_adjustment", "income_carryover", "income_other"),
    SUM_EXPENDITURE_PARTS(SUMS, ERROR,
            "支出与其分项之和不符", "Expenditure parts do not add up to the expenditure total",
            "支出 {total} 万元，但基本支出 {basic} + 项目支出 {project} + 结余结转 {balance} 合计 {sum} 万元，相差 {diff} 万元。",
            "Expenditure is stated as {total} 万元, but basic {basic} + project {project} + balance carried forward {balance} sum to {sum} 万元, a difference of {diff} 万元.",
            "expenditure_total", "expenditure_basic", "expenditure_project", "expenditure_balance"),
    SUM_PART_EXCEEDS_TOTAL(SUMS, ERROR,
            "分项大于合计", "A part exceeds its total",
            "{part:field} {part_amount} 万元大于{total:field} {total_amount} 万元：分项不能超过合计。",
            "{part:field} of {part_amount} 万元 exceeds {total:field} of {total_amount} 万元: a part cannot exceed its whole.",
            "income_*", "expenditure_*"),
    SUM_FUNDS_ROWS(SUMS, ERROR,
            "资金合计行与其分行之和不符", "Funds rows do not add up to the total row",
            "{table:table}「{column:field}」：合计 {total} 万元，但当年财政拨款 {appropriation} + 上年结转 {carryover} + 其他资金 {other} = {sum} 万元，相差 {diff} 万元。",
            "{table:table}, {column:field}: the total row says {total} 万元, but appropriation {appropriation} + carry-over {carryover} + other {other} = {sum} 万元, a difference of {diff} 万元.",
            "funds_row.initial_budget", "funds_row.full_year_budget", "funds_row.executed"),
    SUM_TOTAL_EMPTY(SUMS, WARNING,
            "合计为空或为 0 而分项有数", "Total left empty or zero while its parts are filled",
            "{table:at}{where:field}：合计为 {total}，但其分项已填写，合计 {sum} 万元。",
            "{table:at}{where:field}: the total is {total} while its parts are filled in and sum to {sum} 万元.",
            "income_total", "expenditure_total", "funds_row(total)"),
    SUM_PROJECT_SPENDING(SUMS, ERROR,
            "项目支出与项目情况不符", "Project spending contradicts the projects section",
            "支出部分写项目支出 {stated} 万元，但项目支出绩效情况写实际支出 {section} 万元（年初预算项目 {initial_actual} + 年中追加项目 {midyear_actual}），相差 {diff} 万元；所列 {listed_count} 个项目支出合计 {listed_actual} 万元。",
            "The expenditure section states project spending of {stated} 万元, but the projects section states actual spending of {section} 万元 (initial-budget projects {initial_actual} + mid-year projects {midyear_actual}), a difference of {diff} 万元; the {listed_count} listed projects sum to {listed_actual} 万元.",
            "expenditure_project", "initial_projects_actual", "midyear_projects_actual", "project.actual"),
    SUM_PROJECT_BUDGET_CHANGE(SUMS, WARNING,
            "项目预算加年中调整与实际支出不符", "Project budget plus mid-year change does not match actual spending",
            "{group:field}：预算 {budget} 万元 + 年中调整 {adjustment} 万元 = {expected} 万元，但实际支出 {actual} 万元 + 结余结转 {carryover} 万元 = {accounted} 万元，相差 {diff} 万元。",
            "{group:field}: budget {budget} 万元 + mid-year change {adjustment} 万元 = {expected} 万元, but actual spending {actual} 万元 + balance {carryover} 万元 = {accounted} 万元, a difference of {diff} 万元.",
            "project.budget", "initial_projects_adjustment", "initial_projects_actual", "initial_projects_carryover",
            "midyear_projects_budget", "midyear_projects_actual", "midyear_projects_carryover"),
    SUM_TABLE_VS_TEXT(SUMS, WARNING,
            "整体支出表与正文金额不符", "Whole-unit table and text disagree on an amount",
            "整体支出表合计行{column:field} {table_amount} 万元，而正文{text:field} {text_amount} 万元，相差 {diff} 万元。",
            "The whole-unit table's total row gives {column:field} of {table_amount} 万元, while the text states {text:field} of {text_amount} 万元, a difference of {diff} 万元.",
            "funds_row(total).full_year_budget", "funds_row(total).executed", "income_total", "expenditure_total"),

    // ---- funds scoring -------------------------------------------------------------------------
    FUNDS_RATE(FUNDS, ERROR,
            "执行率与执行数 ÷ 预算数不符", "Execution rate is not executed ÷ full-year budget",
            "{table:table}：执行率填写 {stated_pct}%，但全年执行数 {executed} ÷ 全年预算数 {budget} = {computed_pct}%。",
            "{table:table}: the execution rate is stated as {stated_pct}%, but executed {executed} ÷ full-year budget {budget} = {computed_pct}%.",
            "funds_row(total).execution_rate_pct", "funds_row(total).executed", "funds_row(total).full_year_budget"),
    FUNDS_SCORE(FUNDS, ERROR,
            "资金得分不等于分值 × 执行率", "Funds score is not weight × execution rate",
            "{table:table}：资金得分 {score}，但分值 {weight} × 执行率 {rate_pct}%（以分值为上限）= {expected}。",
            "{table:table}: the funds score is {score}, but weight {weight} × execution rate {rate_pct}% (capped at the weight) = {expected}.",
            "funds_row(total).score", "funds_row(total).weight", "funds_row(total).execution_rate_pct"),
    FUNDS_OVER_100(FUNDS, WARNING,
            "执行率超过 100%", "Execution above 100 %",
            "{table:table}：全年执行数 {executed} 万元超过全年预算数 {budget} 万元，执行率 {rate_pct}%。",
            "{table:table}: executed {executed} 万元 exceeds the full-year budget of {budget} 万元, an execution rate of {rate_pct}%.",
            "funds_row(total).executed", "funds_row(total).full_year_budget"),
    FUNDS_LOW_UNEXPLAINED(FUNDS, WARNING,
            "执行率低于 90% 且未说明原因", "Execution below 90 % with no explanation",
            "{table:table}：执行率 {rate_pct}%（执行 {executed} 万元 / 预算 {budget} 万元）低于 90%，报告中未见原因说明。",
            "{table:table}: the execution rate of {rate_pct}% (executed {executed} of {budget} 万元) is below 90 %, and the report gives no reason.",
            "funds_row(total).executed", "funds_row(total).full_year_budget", "report_text", "indicator.deviation_note"),

    // ---- indicator scoring ---------------------------------------------------------------------
    WEIGHT_LEVEL1_CAP(SCORING, ERROR,
            "一级指标分值与其声明的上限不符", "Level-1 weights do not match the declared cap",
            "{table:table}「{level1}」声明 {cap} 分，但其下 {count} 个三级指标分值合计 {weights} 分（得分合计 {scores} 分）。",
            "{table:table}: '{level1}' declares {cap} points, but the weights of its {count} indicators sum to {weights} (their scores to {scores}).",
            "indicator_level1.cap", "indicator.weight", "indicator.score"),
    WEIGHT_USUAL_CAP(SCORING, WARNING,
            "一级指标分值与常用方案不符（表中未写明分值）", "Level-1 weights off the usual caps (the table declares none)",
            "{table:table}未写明一级指标分值；按常用的 {scheme} 方案，「{level1}」应为 {cap} 分，其下 {count} 个三级指标分值合计 {weights} 分。",
            "{table:table} declares no level-1 points; under the usual {scheme} scheme '{level1}' would have {cap} points, but the weights of its {count} indicators sum to {weights}.",
            "indicator.weight", "indicator.level1", "eval_table.funds_weight"),
    WEIGHT_SCHEME(SCORING, ERROR,
            "分值方案与总分不符", "Declared weight scheme does not add up to the total",
            "{table:table}：资金 {funds_weight} 分 + 一级指标 {caps} = {sum} 分，与总分 {total_weight} 分不符。",
            "{table:table}: funds {funds_weight} + level-1 caps {caps} = {sum} points, not the stated total of {total_weight}.",
            "eval_table.funds_weight", "indicator_level1.cap", "eval_table.total_weight"),
    WEIGHT_TOTAL(SCORING, ERROR,
            "各项分值之和不等于总分", "Weights do not add up to the total",
            "{table:table}：资金分值 {funds_weight} + 指标分值 {indicator_weight} = {sum} 分，与总分 {total_weight} 分不符。",
            "{table:table}: funds weight {funds_weight} + indicator weights {indicator_weight} = {sum} points, not the stated total of {total_weight}.",
            "eval_table.funds_weight", "indicator.weight", "eval_table.total_weight"),
    SCORE_RANGE(SCORING, ERROR,
            "得分高于分值或低于 0", "Score above its weight or below zero",
            "{table:table}「{level3}」得分 {score}，超出 0 至分值 {weight} 的范围。",
            "{table:table}: '{level3}' is scored {score}, outside 0 to its weight of {weight}.",
            "indicator.score", "indicator.weight"),
    SCORE_TOTAL(SCORING, ERROR,
            "总得分不等于各项得分之和", "Total score is not the sum of the scores",
            "{table:table}：填写总得分 {stated}，但资金得分 {funds_score} + 指标得分 {indicator_score} = {sum}，相差 {diff}。",
            "{table:table}: the total score is stated as {stated}, but funds score {funds_score} + indicator scores {indicator_score} = {sum}, a difference of {diff}.",
            "eval_table.total_score", "funds_row(total).score", "indicator.score"),
    SCORE_GRADE(SCORING, ERROR,
            "等级与得分不符", "Grade does not match the score",
            "{table:table}：总得分 {score}（总分 {total_weight}）应评为「{expected}」，报告评为「{grade}」。",
            "{table:table}: a total of {score} (of {total_weight}) falls in grade '{expected}', but the report gives '{grade}'.",
            "eval_table.grade", "eval_table.total_score"),
    SCORE_OVER_EXEC_CAP(SCORING, WARNING,
            "总分高于执行率封顶分", "Total score above the execution-rate cap",
            "{table:table}：执行率 {rate_pct}%（执行 {executed} 万元 / 预算 {budget} 万元），按「{rule_set_name}」规则总分不超过 {cap} 分，报告自评 {score} 分（总分 {total_weight}）。",
            "{table:table}: at an execution rate of {rate_pct}% (executed {executed} of {budget} 万元) the rule set '{rule_set_name}' allows a total of at most {cap}, but the report scores itself {score} (of {total_weight}).",
            "eval_table.total_score", "funds_row(total).executed", "funds_row(total).full_year_budget", "scoring_rule_cap"),

    // ---- attainment ----------------------------------------------------------------------------
    ATTAIN_POINTS_OFF_MET(ATTAINMENT, WARNING,
            "目标已完成却扣分且无说明", "Points taken off a met target with no deviation note",
            "{table:table}「{level3}」目标 {target}，实际 {actual}，已完成，但 {weight} 分只得 {score} 分，且未填写偏差原因。",
            "{table:table}: '{level3}' has target {target} and actual {actual} — met — yet scores {score} of {weight} with no deviation note.",
            "indicator.target_text", "indicator.actual_text", "indicator.score", "indicator.deviation_note"),
    ATTAIN_FULL_POINTS_MISSED(ATTAINMENT, WARNING,
            "目标未完成却得满分", "Full points on a clearly missed target",
            "{table:table}「{level3}」目标 {target}，实际 {actual}，未完成，却得满分（{score}/{weight}）。",
            "{table:table}: '{level3}' has target {target} and actual {actual} — missed — yet scores full points ({score} of {weight}).",
            "indicator.target_text", "indicator.actual_text", "indicator.score"),
    ATTAIN_MISSED_NO_NOTE(ATTAINMENT, INFO,
            "目标未完成且未说明偏差原因", "Missed target with no deviation note",
            "{table:table}「{level3}」目标 {target}，实际 {actual}，未完成（得 {score}/{weight} 分），但未填写偏差原因分析及改进措施。",
            "{table:table}: '{level3}' has target {target} and actual {actual} — missed (scored {score} of {weight}) — with no deviation note.",
            "indicator.target_text", "indicator.actual_text", "indicator.deviation_note"),
    ATTAIN_POINTS_OFF_UNEXPLAINED(ATTAINMENT, INFO,
            "扣分未说明原因（目标无法量化比较）", "Points taken off with no note, target not measurable",
            "{table:table}「{level3}」扣 {lost} 分（{score}/{weight}），未填写偏差原因；目标「{target}」与实际「{actual}」{reading}。",
            "{table:table}: '{level3}' loses {lost} points ({score} of {weight}) with no deviation note; target '{target}' and actual '{actual}' {reading}.",
            "indicator.score", "indicator.deviation_note", "indicator.target_text", "indicator.actual_text"),
    ATTAIN_OVER_TARGET(ATTAINMENT, WARNING,
            "超额完成视为偏差却未说明且未扣分", "Target exceeded far enough to be a deviation, unexplained, full points",
            "{table:table}「{level3}」目标 {target}，实际 {actual}，超出目标 {above_pct}%；按「{rule_set_name}」规则超出 {threshold_pct}% 及以上视为偏差，未说明原因应扣分，但未填写偏差原因且得满分（{score}/{weight}）。",
            "{table:table}: '{level3}' has target {target} and actual {actual}, {above_pct}% above the target; under the rule set '{rule_set_name}' {threshold_pct}% or more above is a deviation that loses points unless explained, yet there is no deviation note and full points ({score} of {weight}).",
            "indicator.target_text", "indicator.actual_text", "indicator.score", "indicator.deviation_note", "scoring_rule_set.over_target_pct"),

    // ---- plausibility --------------------------------------------------------------------------
    PLAUS_COST_VS_SPENDING(PLAUSIBILITY, WARNING,
            "成本指标与实际支出不符", "Cost indicator differs from what was spent",
            "{table:table}成本指标「{level3}」目标 {target}、实际 {actual}，而该表年初预算 {initial} 万元、全年预算 {budget} 万元、执行 {executed} 万元{text_note}。",
            "{table:table}: cost indicator '{level3}' has target {target} and actual {actual}, while the table's initial budget is {initial} 万元, full-year budget {budget} 万元 and executed {executed} 万元{text_note}.",
            "indicator.target_text", "indicator.actual_text", "funds_row(total)"),
    PLAUS_COPIED_INDICATOR(PLAUSIBILITY, WARNING,
            "指标行照抄其他表", "Indicator row copied from another table",
            "{table:table}「{level3}」（目标 {target}，实际 {actual}）与{source_table:table}第 {source_seq} 行一字不差，但两表资金不同（{budget} 万元 对 {source_budget} 万元）。",
            "{table:table}: '{level3}' (target {target}, actual {actual}) is copied verbatim from row {source_seq} of the {source_table:table}, although the two tables concern different funds ({budget} 万元 vs {source_budget} 万元).",
            "indicator.level3", "indicator.target_text", "indicator.actual_text"),
    PLAUS_PROJECT_NOT_LISTED(PLAUSIBILITY, WARNING,
            "自评表的项目不在正文项目清单中", "Evaluated project missing from the report's project list",
            "{table:table}评价的项目「{project}」不在报告正文所列的 {listed_count} 个项目中（{listed}）。",
            "{table:table} evaluates project '{project}', which is not among the {listed_count} projects the report's text lists ({listed}).",
            "eval_table.project_name", "project.project_name"),
    PLAUS_PROJECTS_NOT_EVALUATED(PLAUSIBILITY, INFO,
            "项目自评表与正文项目清单互不对应", "Project tables and listed projects never meet",
            "报告附有 {table_count} 张项目支出绩效自评表，但正文所列 {listed_count} 个项目没有一个有对应的自评表：{missing}。",
            "The report attaches {table_count} project tables, yet none of the {listed_count} projects its text lists has one: {missing}.",
            "project.project_name", "eval_table.project_name"),

    // ---- units ---------------------------------------------------------------------------------
    UNIT_TEN_THOUSAND(UNITS, WARNING,
            "金额疑似以元填作万元", "Amount off by 10⁴ (元 written where 万元 is meant)",
            "{table:at}{field:field} {amount} 万元是本报告{ref:field} {ref_amount} 万元的 {ratio} 倍；若按元计则为 {as_wan} 万元，疑似把元当作万元填写。",
            "{table:at}{field:field} of {amount} 万元 is {ratio} times the report's {ref:field} of {ref_amount} 万元; read as 元 it would be {as_wan} 万元 — 元 written where 万元 is meant?",
            "report, project and funds_row amounts");

    private final RuleGroup group;
    private final Severity severity;
    private final String titleZh;
    private final String titleEn;
    private final String messageZh;
    private final String messageEn;
    private final List<String> fields;

    ReviewRule(RuleGroup group, Severity severity, String titleZh, String titleEn, String messageZh, String messageEn,
               String... fields) {
        this.group = group;
        this.severity = severity;
        this.titleZh = titleZh;
        this.titleEn = titleEn;
        this.messageZh = messageZh;
        this.messageEn = messageEn;
        this.fields = List.of(fields);
    }

    /** The stable code, e.g. {@code SUM_INCOME_PARTS}. */
    public String code() {
        return name();
    }

    public RuleGroup group() {
        return group;
    }

    public Severity severity() {
        return severity;
    }

    public String titleZh() {
        return titleZh;
    }

    public String titleEn() {
        return titleEn;
    }

    public String title(Locale locale) {
        return FindingMessages.isChinese(locale) ? titleZh : titleEn;
    }

    /** The message template in Chinese. */
    public String messageZh() {
        return messageZh;
    }

    /** The message template in English. */
    public String messageEn() {
        return messageEn;
    }

    /** The report fields the rule compares (model table.column, as in V001). */
    public List<String> fields() {
        return fields;
    }

    /** The rule with this code, if the catalogue has one. */
    public static Optional<ReviewRule> byCode(String code) {
        return Arrays.stream(values()).filter(r -> r.name().equals(code)).findFirst();
    }
}
