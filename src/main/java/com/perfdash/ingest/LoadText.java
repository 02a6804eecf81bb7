package com.perfdash.ingest;

import com.perfdash.base.text.Bilingual;
import java.util.List;
import java.util.Locale;

/**
 * What the loader says about a problem in its input, in Chinese and English ({@link java.text.MessageFormat}
 * patterns: write a single quote as two). A {@link LoadProblem} carries one of these with its
 * arguments, so that an import shows it in the clerk's language and the server log in English. The
 * location (file, row, column) is not part of the sentence: the problem carries it.
 */
public enum LoadText {
    // ---- folders and files
    DATA_FOLDER_MISSING("数据文件夹不存在：请检查设置项 perfdash.data.dir（环境变量 PERFDASH_DATA）。",
            "the data folder does not exist"),
    FOLDER_UNREADABLE("无法列出文件夹中的文件（{0}）：请管理员检查该文件夹的读取权限。",
            "cannot list the folder: {0}"),
    FILES_UNREADABLE("无法读取数据文件：请管理员检查数据文件夹的读取权限。", "cannot read the data files"),
    FILE_MISSING("数据集 {0} 缺少这个文件：数据格式的八个文件缺一不可（见 docs/data-format.md）。",
            "the file is missing from data set {0}"),
    FILE_EMPTY("文件是空的：至少要有一行表头。", "the file is empty: it needs at least a header row"),
    COLUMN_MISSING("表头缺少这一必需的列：请按数据格式（docs/data-format.md）补上这一列。",
            "required column is missing from the header"),
    COLUMN_UNKNOWN("未知的列：请按数据格式（docs/data-format.md）改正列名或删除这一列。",
            "unknown column (see docs/data-format.md)"),
    COLUMN_TWICE("表头中这一列出现了两次：请删除重复的一列。", "the column appears twice in the header"),

    // ---- the CSV itself (line = line of the file, the header being line 1)
    CSV_NOT_UTF8("文件不是 UTF-8 编码：请在 Excel 或 WPS 中另存为“CSV UTF-8（逗号分隔）”后再使用。",
            "the file is not UTF-8 encoded: save it as \"CSV UTF-8 (comma delimited)\" in Excel or WPS and use it again"),
    CSV_LINE_NOT_UTF8("文件第 {0} 行不是 UTF-8 编码：请在 Excel 或 WPS 中另存为“CSV UTF-8（逗号分隔）”后再使用。",
            "line {0} of the file is not UTF-8 encoded: save the file as \"CSV UTF-8 (comma delimited)\" in Excel or WPS and use it again"),
    CSV_HEADER_INVALID("表头（文件第 1 行）不是有效的 CSV：请检查双引号是否成对（值里的双引号要写成两个 \"\"），保存为 CSV 后再使用。",
            "the header (line 1 of the file) is not valid CSV: check that its double quotes come in pairs (a quote inside a value is written twice, \"\"), save as CSV and use it again"),
    CSV_FIELD_COUNT("文件第 {0} 行有 {2} 个值，而表头有 {1} 列：“{3}”。请检查这一行是否多了或少了逗号（含逗号的值要用双引号括起来），保存为 CSV 后再使用。",
            "line {0} of the file has {2} fields where the header has {1} columns: \"{3}\"; check this line for a missing or extra comma (a value holding a comma is put in double quotes), save as CSV and use it again"),
    CSV_UNCLOSED_QUOTE("文件第 {0} 行有一个值的双引号没有正确结束：“{1}”。请检查双引号是否成对、结束引号后是否紧跟逗号（值里的双引号要写成两个 \"\"），保存为 CSV 后再使用。",
            "a quoted value on line {0} of the file is not closed properly: \"{1}\"; check that the double quotes come in pairs and a closing quote is followed by a comma (a quote inside a value is written twice, \"\"), save as CSV and use it again"),
    CSV_LINE_TOO_LONG("文件第 {0} 行有 {1} 字节，超过了一行 {2} 字节的上限：请检查这一行是否误粘贴了大段内容，或有一个没有结束的引号，改正后保存为 CSV 再使用。",
            "line {0} of the file is {1} bytes long, over the limit of {2} bytes per line: check it for a long text pasted by mistake or an unclosed quote, correct it, save as CSV and use it again"),
    CSV_INVALID("文件第 {0} 行不是有效的 CSV：“{1}”。请在 Excel 或 WPS 中打开，另存为“CSV UTF-8（逗号分隔）”后再使用。",
            "line {0} of the file is not valid CSV: \"{1}\"; open it in Excel or WPS, save it as \"CSV UTF-8 (comma delimited)\" and use it again"),
    CSV_UNREADABLE("文件不是有效的 CSV：请在 Excel 或 WPS 中打开，另存为“CSV UTF-8（逗号分隔）”后再使用。",
            "the file is not valid CSV: open it in Excel or WPS, save it as \"CSV UTF-8 (comma delimited)\" and use it again"),

    // ---- values
    VALUE_REQUIRED("必须填写。", "a value is required"),
    NOT_INTEGER("“{0}”不是整数。", "''{0}'' is not a whole number"),
    NOT_MONEY("“{0}”不是金额：请填写以万元为单位、最多四位小数的数字。", "''{0}'' is not an amount in 万元 with at most four decimals"),
    NOT_POINTS("“{0}”不是分值：请填写最多两位小数的数字。", "''{0}'' is not a number of points with at most two decimals"),
    NOT_PERCENT("“{0}”不是百分比：请填写不带 % 的数值（100 即 100%），最多两位小数。",
            "''{0}'' is not a percent value (100 = 100 %) with at most two decimals"),
    NOT_ONE_OF("“{0}”不是可选的值之一：{1}。", "''{0}'' is not one of {1}"),

    // ---- units and reports (validate_keys.sql)
    BAD_UNIT_CODE("单位编码“{0}”只能包含字母、数字、- 和 _。", "''{0}'' may hold only letters, digits, - and _"),
    UNIT_TWICE("单位 {0} 出现了不止一次（第一次在 {1} 第 {2} 行）：请删除重复的一行。",
            "unit {0} appears more than once (first at {1} row {2})"),
    YEAR_OUT_OF_RANGE("年度 {0} 不在 2000—2100 之间。", "fiscal year {0} is outside 2000–2100"),
    UNIT_NOT_DECLARED("单位 {0} 不在 units.csv 中：请先在 units.csv 中声明这个单位。", "unit {0} is not in units.csv"),
    REPORT_TWICE("报告 {0} {1} 年度出现了不止一次（第一次在 {2} 第 {3} 行）：同一单位同一年度只能有一份报告。",
            "report {0} {1} appears more than once (first at {2} row {3})"),

    // ---- rows under a report or table (validate_references.sql)
    REPORT_NOT_FOUND("报告 {0} {1} 年度不在 reports.csv 中：请检查单位编码和年度，或在 reports.csv 中补上这份报告。",
            "report {0} {1} is not in reports.csv"),
    TABLE_NOT_FOUND("报告 {1} {2} 年度的表 {0} 不在 eval_tables.csv 中：请检查表号，或在 eval_tables.csv 中补上这张表。",
            "table {0} of report {1} {2} is not in eval_tables.csv"),
    TABLE_ZERO_KIND("表 0 是部门整体支出绩效自评表：它的 kind 必须是 unit，其他表不能是 unit。",
            "table 0 is the whole-unit table: kind must be unit, and only table 0 may be"),
    PROJECT_NAME_REQUIRED("项目表必须填写专项名称（project_name）。", "a project table needs its project name (专项名称)"),
    TABLE_NO_NEGATIVE("表号必须是 0 或更大的数。", "table number must be 0 or more"),
    TABLE_TWICE("表 {0} 在报告 {1} {2} 年度中出现了不止一次。", "table {0} appears more than once in report {1} {2}"),
    ROW_KIND_TWICE("资金行 {0} 在报告 {2} {3} 年度的表 {1} 中出现了不止一次。",
            "row kind {0} appears more than once in table {1} of report {2} {3}"),
    TEXT_SEQ_TWICE("章节 {1} 的序号 {0} 在报告 {2} {3} 年度中出现了不止一次。",
            "seq {0} of section {1} appears more than once in report {2} {3}"),
    PROJECT_SEQ_TWICE("项目序号 {0} 在报告 {1} {2} 年度中出现了不止一次。", "project seq {0} appears more than once in report {1} {2}"),
    GOAL_SEQ_TWICE("目标序号 {0} 在报告 {2} {3} 年度的表 {1} 中出现了不止一次。",
            "goal seq {0} appears more than once in table {1} of report {2} {3}"),
    INDICATOR_SEQ_TWICE("指标序号 {0} 在报告 {2} {3} 年度的表 {1} 中出现了不止一次。",
            "indicator seq {0} appears more than once in table {1} of report {2} {3}"),
    LEVEL1_CAPS_DIFFER("一级指标“{0}”在报告 {2} {3} 年度的表 {1} 中写了不同的分值上限：同一个一级指标的 level1_cap 要一致。",
            "level 1 indicator {0} declares different caps in table {1} of report {2} {3}"),

    /** A sentence no constant above says yet, shown as it is written in every language: give it a constant. */
    // ---- complete and settled data sets (docs/data-format.md "Complete and settled data sets")
    MANIFEST_UNREADABLE("无法读取数据集的清单 manifest.csv（应有列 {0}）：{1}。请改正或重新生成清单。",
            "cannot read the data set''s manifest ({0}): {1}"),
    MANIFEST_UNLISTED("数据集 {0} 的清单 manifest.csv 没有列出这个文件：请重新生成清单，或删除这个文件。",
            "data set {0}: its manifest.csv does not list this file"),
    MANIFEST_FILE_MISSING("数据集 {0} 的清单 manifest.csv 列出了这个文件（{1} 行数据），但文件不存在：数据集不完整，没有加载。",
            "data set {0}: its manifest.csv lists this file with {1} data rows, but the file is missing"),
    MANIFEST_FILE_UNREADABLE("数据集 {0} 的清单 manifest.csv 列出 {1} 行数据，但这个文件无法按 CSV 读取：{2}。",
            "data set {0}: its manifest.csv lists {1} data rows; the file cannot be read as CSV: {2}"),
    MANIFEST_MISMATCH("数据集 {0} 的清单 manifest.csv 应为 {1} 行数据、{2} 字节、SHA-256 {3}；实际为 {4} 行数据、{5} 字节、SHA-256 {6}。"
            + "文件不完整或已被改动，没有加载；如果改动是有意的，请重新生成清单。",
            "data set {0}: its manifest.csv expects {1} data rows, {2} bytes, SHA-256 {3}; found {4} data rows, {5} bytes, SHA-256 {6}"
                    + " (the file is incomplete or was changed; if the change is meant, regenerate the manifest)"),
    FILE_CHANGING("文件仍在变化（最近 {0} 毫秒内有改动，已查看 {1} 次）：等文件不再变化后再加载这个数据集。",
            "the file is still changing (modified within the last {0} ms, {1} looks): the set is loaded once its files have settled"),
    SETTLE_INTERRUPTED("等待文件不再变化时被中断，没有加载。", "interrupted while waiting for the files to settle"),
    RELOAD_HELD("重新加载已暂停：已加载的 {0} 行数据将减少到 {1} 行（减少超过 {2}% 且超过 {3} 行），数据库保持原样，"
            + "等待管理员在“数据概况”页面（/data）确认或驳回。",
            "reload held: it would drop the loaded {0} data rows to {1} (more than {2} % and more than {3} rows); the database keeps"
                    + " what it had until an administrator confirms or dismisses the reload on 数据概况 (/data)"),
    RELOAD_DISMISSED("管理员已驳回这次重新加载：已加载的 {0} 行数据将减少到 {1} 行（减少超过 {2}% 且超过 {3} 行），数据库保持原样。",
            "reload dismissed by an administrator: it would drop the loaded {0} data rows to {1} (more than {2} % and more than {3} rows);"
                    + " the database keeps what it had"),

    AS_WRITTEN("{0}", "{0}");

    private final String zh;
    private final String en;

    LoadText(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** The sentence in the locale's language (Chinese unless English is asked for). */
    public String format(Locale locale, List<String> args) {
        return Bilingual.format(locale, zh, en, args.toArray());
    }
}
