package com.perfdash.importer;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The report workbook: its sheets, labels and columns, shared by the writer and the reader so that
 * what one writes the other finds. The tables are laid out like the paper 自评表: nine columns A–I,
 * merged labels on the left, 一级指标 cells (with their cap, "产出指标(50分)") and 二级指标 cells merged
 * over their rows.
 */
public final class WorkbookLayout {

    private WorkbookLayout() {
    }

    public static final String INFO_SHEET = "报告信息";
    public static final String UNIT_SHEET = "部门整体支出绩效自评表";
    public static final String PROJECT_SHEET = "项目支出绩效自评表";
    public static final String UNIT_TABLE_TITLE = "部门整体支出绩效自评表";
    public static final String PROJECT_TABLE_TITLE = "项目支出绩效自评表";

    /** The sheet name of project table {@code tableNo} (1, 2, …). */
    public static String projectSheet(int tableNo) {
        return PROJECT_SHEET + "(" + tableNo + ")";
    }

    // ---- 报告信息: one labelled row per field, then the project list and the texts

    public enum Kind { TEXT, UNIT_CODE, YEAR, SOURCE_KIND, MONEY, SIGNED_MONEY }

    /**
     * One field of the 报告信息 sheet.
     *
     * @param file     units.csv or reports.csv
     * @param column   the data format's column
     * @param label    what column A says (amounts carry （万元）)
     * @param required whether the import needs a value
     */
    public record Field(String file, String column, String label, Kind kind, boolean required) {
    }

    public record Section(String heading, List<Field> fields) {
    }

    private static Field unit(String column, String label, Kind kind, boolean required) {
        return new Field("units.csv", column, label, kind, required);
    }

    private static Field report(String column, String label, Kind kind) {
        return new Field("reports.csv", column, label, kind, false);
    }

    public static final List<Section> INFO_SECTIONS = List.of(
            new Section("一、单位与报告", List.of(
                    unit("unit_code", "单位编码", Kind.UNIT_CODE, true),
                    unit("unit_name", "单位名称", Kind.TEXT, true),
                    unit("category", "单位类别", Kind.TEXT, false),
                    unit("district", "所属区县", Kind.TEXT, false),
                    new Field("reports.csv", "fiscal_year", "年度", Kind.YEAR, true),
                    report("title", "报告标题", Kind.TEXT),
                    report("source_kind", "数据来源", Kind.SOURCE_KIND),
                    report("source_file", "来源文件", Kind.TEXT))),
            new Section("二、预算收入情况", List.of(
                    report("income_total", "预算收入（万元）", Kind.MONEY),
                    report("income_initial", "其中：年初预算（万元）", Kind.MONEY),
                    report("income_adjustment", "调整追加（万元）", Kind.SIGNED_MONEY),
                    report("income_carryover", "上年结转（万元）", Kind.MONEY),
                    report("income_other", "其他资金来源（万元）", Kind.MONEY),
                    report("income_text", "预算收入情况（原文）", Kind.TEXT))),
            new Section("三、支出情况", List.of(
                    report("expenditure_total", "支出（万元）", Kind.MONEY),
                    report("expenditure_basic", "其中：基本支出（万元）", Kind.MONEY),
                    report("expenditure_project", "项目支出（万元）", Kind.MONEY),
                    report("expenditure_balance", "结余结转（万元）", Kind.MONEY),
                    report("expenditure_text", "支出情况（原文）", Kind.TEXT))),
            new Section("四、项目支出情况", List.of(
                    report("initial_projects_adjustment", "年初预算项目 年中执行调增（万元）", Kind.SIGNED_MONEY),
                    report("initial_projects_actual", "年初预算项目 实际支出（万元）", Kind.MONEY),
                    report("initial_projects_carryover", "年初预算项目 结余结转（万元）", Kind.MONEY),
                    report("midyear_projects_budget", "年中追加项目 金额（万元）", Kind.MONEY),
                    report("midyear_projects_actual", "年中追加项目 实际支出（万元）", Kind.MONEY),
                    report("midyear_projects_carryover", "年中追加项目 结余结转（万元）", Kind.MONEY))));

    public static final String PROJECTS_HEADING = "五、项目清单";
    public static final String TEXTS_HEADING = "六、文字部分";

    /** source_kind in the workbook's words. */
    public static final Map<String, String> SOURCE_KINDS = Map.of("real", "真实报告", "demo", "演示数据");

    /** projects.csv kind in the workbook's words. */
    public static final Map<String, String> PROJECT_KINDS = Map.of("initial", "年初预算项目", "midyear", "年中追加项目");

    /** report_texts.csv section in the workbook's words, in report order. */
    public static final List<Map.Entry<String, String>> TEXT_SECTIONS = List.of(
            Map.entry("duty", "单位职能"),
            Map.entry("performance", "整体支出绩效情况"),
            Map.entry("project_performance", "项目支出绩效情况"),
            Map.entry("problems", "存在的问题及改进措施"),
            Map.entry("other", "其他需要说明的情况"));

    /** A table on the 报告信息 sheet: its columns as (data format column, header). */
    public record Column(String column, String header) {
    }

    public static final List<Column> PROJECT_COLUMNS = List.of(
            new Column("seq", "序号"),
            new Column("project_name", "项目名称"),
            new Column("kind", "类型"),
            new Column("budget", "预算金额（万元）"),
            new Column("actual", "实际支出（万元）"),
            new Column("carryover", "结余结转（万元）"),
            new Column("purpose", "主要用途"));

    public static final List<Column> TEXT_COLUMNS = List.of(
            new Column("section", "部分"),
            new Column("seq", "序号"),
            new Column("body", "内容"));

    // ---- the 自评表 sheets

    public static final String FUNDS_BLOCK = "资金情况（万元）";
    public static final String PROJECT_FUNDS_BLOCK = "年度项目资金（万元）";
    public static final String FUNDS_HEADER = "年度资金总额";
    public static final String GOALS_BLOCK = "年度总体目标";
    public static final String GOAL_EXPECTED = "预期目标";
    public static final String GOAL_ACHIEVED = "实际完成情况";
    public static final String INDICATOR_BLOCK = "绩效指标";
    public static final String TOTAL = "总分";
    public static final String GRADE = "等级";
    public static final String UNIT_NAME = "部门名称";
    public static final String PROJECT_BLOCK = "项目支出名称";
    public static final String PROJECT_NAME = "专项名称";
    public static final String SPENDING_DIRECTION = "支出方向名称（子项目）";
    public static final String TOTAL_INVESTMENT = "项目总投资（万元）";
    public static final String INVESTMENT_APPROPRIATION = "其中：财政拨款";
    public static final String PERIOD = "项目总实施期";

    /** The funds rows the template always has: row_kind and the label column B shows. */
    public static final List<Map.Entry<String, String>> FUNDS_ROWS = List.of(
            Map.entry("total", "合计"),
            Map.entry("appropriation", "其中：当年财政拨款"),
            Map.entry("carryover", "上年结转资金"),
            Map.entry("other", "其他资金"));

    /** The label column B shows for a row of any kind that states no label of its own. */
    public static final Map<String, String> FUNDS_ROW_LABELS = Map.of(
            "total", "合计",
            "appropriation", "其中：当年财政拨款",
            "carryover", "上年结转资金",
            "other", "其他资金",
            "basic", "基本支出",
            "project", "项目支出",
            "special_account", "财政专户管理资金",
            "own", "单位资金");

    /**
     * The label a funds row of our workbook states: the one written in column B where it is not the
     * template's own name for its kind ("其中:本年财政拨款", "总额" — what the report printed, written out by
     * ReportWorkbookWriter), null where it is ("合计"): a data set that states no labels reads back the same.
     */
    public static String fundsRowLabel(String kind, String printed) {
        if (printed == null || printed.isBlank() || normalize(printed).equals(normalize(FUNDS_ROW_LABELS.get(kind)))) {
            return null;
        }
        return printed.strip();
    }

    /**
     * The row_kind a funds row label names: any label of the synonym table ("其中:本年财政拨款", "单位资金"),
     * else read loosely (a clerk may write "当年财政拨款（含追加）" or "合计数").
     */
    public static Optional<String> fundsRowKind(String label) {
        String kind = com.perfdash.importer.recognize.SynonymTable.standard().fundsRowKind(label);
        if (kind != null) {
            return Optional.of(kind);
        }
        String l = normalize(label);
        if (l.startsWith("合计")) {
            return Optional.of("total");
        }
        if (l.contains("专户")) {
            return Optional.of("special_account");
        }
        if (l.contains("财政拨款")) {
            return Optional.of("appropriation");
        }
        if (l.contains("结转")) {
            return Optional.of("carryover");
        }
        if (l.contains("其他资金")) {
            return Optional.of("other");
        }
        return Optional.empty();
    }

    /** Funds columns C–H: data format column and header (得分 spans H:I). */
    public static final List<Column> FUNDS_COLUMNS = List.of(
            new Column("initial_budget", "年初预算数"),
            new Column("full_year_budget", "全年预算数"),
            new Column("executed", "全年执行数"),
            new Column("weight", "分值"),
            new Column("execution_rate_pct", "执行率"),
            new Column("score", "得分（分值×执行率）"));

    /** Indicator columns B–I. */
    public static final List<Column> INDICATOR_COLUMNS = List.of(
            new Column("level1", "一级指标"),
            new Column("level2", "二级指标"),
            new Column("level3", "三级指标"),
            new Column("target", "年度指标值"),
            new Column("actual", "实际完成值"),
            new Column("weight", "分值"),
            new Column("score", "得分"),
            new Column("deviation_note", "偏差原因分析及改进措施"));

    public static final List<String> REMARKS = List.of(
            "备注：1.“执行率”=“全年执行数”/“全年预算数”；",
            "2.总分设置为 100 分，等级划分为：90 分（含）—100 分为优，80 分（含）—90 分为良，60 分（含）—80 分为中，60 分以下为差。");

    /** The indicator rows of a blank table: 一级指标 with its cap, and its 二级指标. */
    public static final List<Map.Entry<String, List<String>>> TEMPLATE_INDICATORS = List.of(
            Map.entry("产出指标(50分)", List.of("数量指标", "质量指标", "时效指标", "成本指标")),
            Map.entry("效益指标(30分)", List.of("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标")),
            Map.entry("满意度指标(10分)", List.of("服务对象满意度指标")));

    /** Label text as compared: without whitespace, full-width brackets and colons as ASCII. */
    public static String normalize(String s) {
        if (s == null) {
            return "";
        }
        return s.replaceAll("[\\s\\u3000]+", "")
                .replace('（', '(').replace('）', ')').replace('：', ':');
    }

    /** Whether a header cell is the column {@code header}: equal, or starting with it before a bracket. */
    public static boolean headerMatches(String cell, String header) {
        String c = normalize(cell);
        String h = normalize(header);
        int bracket = h.indexOf('(');
        String stem = bracket > 0 ? h.substring(0, bracket) : h;
        return c.equals(h) || c.equals(stem) || c.startsWith(stem + "(");
    }
}
