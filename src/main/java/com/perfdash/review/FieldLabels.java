package com.perfdash.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Chinese and English names of the report fields a finding points at, from the glossary in
 * docs/data-format.md. A dotted code names a field inside a row: {@code funds.total.full_year_budget}
 * reads 合计·全年预算数, {@code project.3.budget} reads 项目 3·预算金额, and a segment of several fields
 * joined by {@code +} names each, {@code funds.total.initial_budget+executed} reads 资金·合计·年初预算数 / 全年执行数.
 */
final class FieldLabels {

    private record Label(String zh, String en) {
    }

    private static final Map<String, Label> LABELS = Map.ofEntries(
            Map.entry("income_total", new Label("预算收入", "budget income")),
            Map.entry("income_initial", new Label("年初预算", "initial budget")),
            Map.entry("income_adjustment", new Label("调整追加", "mid-year adjustment")),
            Map.entry("income_carryover", new Label("上年结转", "carry-over from last year")),
            Map.entry("income_other", new Label("其他资金", "other funds")),
            Map.entry("expenditure_total", new Label("支出", "expenditure")),
            Map.entry("expenditure_basic", new Label("基本支出", "basic expenditure")),
            Map.entry("expenditure_project", new Label("项目支出", "project expenditure")),
            Map.entry("expenditure_balance", new Label("结余结转", "balance carried forward")),
            Map.entry("expenditure_spent", new Label("支出减结余结转", "expenditure less balance carried forward")),
            Map.entry("initial_projects", new Label("年初预算项目", "initial-budget projects")),
            Map.entry("midyear_projects", new Label("年中追加项目", "mid-year projects")),
            Map.entry("initial_projects_adjustment", new Label("年初预算项目年中调增", "mid-year increase of initial-budget projects")),
            Map.entry("initial_projects_actual", new Label("年初预算项目实际支出", "actual spending of initial-budget projects")),
            Map.entry("initial_projects_carryover", new Label("年初预算项目结余结转", "balance of initial-budget projects")),
            Map.entry("midyear_projects_budget", new Label("年中追加项目金额", "budget of mid-year projects")),
            Map.entry("midyear_projects_actual", new Label("年中追加项目实际支出", "actual spending of mid-year projects")),
            Map.entry("midyear_projects_carryover", new Label("年中追加项目结余结转", "balance of mid-year projects")),
            Map.entry("funds", new Label("资金", "funds")),
            Map.entry("total", new Label("合计", "total row")),
            Map.entry("appropriation", new Label("当年财政拨款", "appropriation row")),
            Map.entry("carryover", new Label("上年结转资金", "carry-over row")),
            Map.entry("other", new Label("其他资金", "other funds row")),
            Map.entry("basic", new Label("基本支出", "basic expenditure row")),
            Map.entry("special_account", new Label("财政专户管理资金", "special-account funds row")),
            Map.entry("own", new Label("单位资金", "unit's own funds row")),
            Map.entry("initial_budget", new Label("年初预算数", "initial budget")),
            Map.entry("full_year_budget", new Label("全年预算数", "full-year budget")),
            Map.entry("executed", new Label("全年执行数", "executed")),
            Map.entry("project", new Label("项目", "project")),
            Map.entry("total_investment", new Label("项目总投资", "total investment")),
            Map.entry("investment_appropriation", new Label("项目总投资中财政拨款", "appropriation of the total investment")),
            Map.entry("budget", new Label("预算金额", "budget")),
            Map.entry("actual", new Label("实际支出", "actual spending")));

    private FieldLabels() {
    }

    /** A funds row's kind (DataFormat.FUNDS_ROW_KINDS): 合计, 当年财政拨款 … 项目支出 (not the listed 项目). */
    static String fundsKind(String kind, boolean chinese) {
        return "project".equals(kind) ? (chinese ? "项目支出" : "project expenditure row") : label(kind, chinese);
    }

    static String label(String code, boolean chinese) {
        if (code == null || code.isBlank()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String segment : code.split("\\.")) {
            Label l = LABELS.get(segment);
            if (segment.contains("+")) {
                // several columns of one row, named in the order given
                List<String> names = new ArrayList<>();
                for (String s : segment.split("\\+")) {
                    names.add(label(s, chinese));
                }
                parts.add(String.join(" / ", names));
            } else if (l != null) {
                parts.add(chinese ? l.zh() : l.en());
            } else if (!parts.isEmpty() && segment.chars().allMatch(Character::isDigit)) {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + " " + segment);
            } else {
                parts.add(segment);
            }
        }
        return String.join(chinese ? "·" : ", ", parts);
    }
}
