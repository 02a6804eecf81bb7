package com.perfdash.importer;

import com.perfdash.base.text.Bilingual;
import com.perfdash.ingest.DataLoadException;
import com.perfdash.ingest.LoadProblem;
import java.util.List;
import java.util.Locale;

/**
 * The sentences an import says about its files, in Chinese and English ({@link java.text.MessageFormat}
 * patterns: write a single quote as two). Errors stop the import; notes only say what was done.
 */
public enum ImportText {
    // ---- whole files
    FILE_EMPTY("文件是空的。", "The file is empty."),
    FILE_TOO_LARGE("文件大小 {0}，超过了每个文件 {1} 的上限。", "The file is {0}, over the limit of {1} per file."),
    FILE_TYPE_UNKNOWN("无法识别的文件类型：请上传报告工作簿（.xlsx、.xls）、报告文档（Word .docx、.doc，网页 .html，有文字层的 PDF）、数据格式的 ZIP 数据包（.zip）或数据格式的 CSV 文件（.csv）。",
            "Unknown kind of file: upload report workbooks (.xlsx, .xls), report documents (Word .docx, .doc, web pages .html, PDF with a text layer), a ZIP bundle of the data format (.zip) or the data format''s CSV files (.csv)."),
    FILE_UNREADABLE("无法读取文件：{0}", "Cannot read the file: {0}"),
    NOT_A_WORKBOOK("文件名是 Excel 工作簿，内容却不是（可能是改了扩展名的文件）：请用 Excel 或 WPS 打开原来的文件，另存为 .xlsx 后再导入。",
            "The file is named as an Excel workbook but is not one (perhaps a file renamed to .xlsx or .xls): open the original file in Excel or WPS, save it as .xlsx and import that."),
    WORKBOOK_DAMAGED("工作簿已损坏或不完整（例如复制或下载时被截断），无法打开：请确认它在 Excel 或 WPS 中能正常打开，另存为 .xlsx 后重新上传。",
            "The workbook is damaged or incomplete (cut short while copied or downloaded, perhaps) and cannot be opened: check that it opens in Excel or WPS, save it as .xlsx and upload it again."),
    NOT_A_WORD_DOCUMENT("文件名是 Word 文档，内容却不是（可能是改了扩展名的文件）：请用 Word 或 WPS 打开原来的文件，另存为 .docx 后再导入。",
            "The file is named as a Word document but is not one (perhaps a file renamed to .docx or .doc): open the original file in Word or WPS, save it as .docx and import that."),
    WORD_DAMAGED("Word 文档已损坏或不完整（例如复制或下载时被截断），无法打开：请确认它在 Word 或 WPS 中能正常打开，另存为 .docx 后重新上传。",
            "The Word document is damaged or incomplete (cut short while copied or downloaded, perhaps) and cannot be opened: check that it opens in Word or WPS, save it as .docx and upload it again."),
    PDF_DAMAGED("PDF 文件已损坏或不完整，无法打开：请重新导出或下载这份 PDF 后再上传，或上传 Word 原件。",
            "The PDF is damaged or incomplete and cannot be opened: export or download it again and upload it, or upload the original Word document."),
    FILE_ENCRYPTED("文件设有打开密码，无法读取：请在 Excel、Word 或 WPS 中用密码打开，取消密码后另存（工作簿存为 .xlsx，文档存为 .docx），再导入。",
            "The file is protected by a password and cannot be read: open it with the password in Excel, Word or WPS, remove the password, save it (a workbook as .xlsx, a document as .docx) and import that."),
    ZIP_BOMB("已拒绝：文件解压后远大于文件本身（压缩比异常，疑似 zip 炸弹）。{0}",
            "Refused: the file expands far beyond its own size (an abnormal compression ratio, possibly a zip bomb). {0}"),
    ZIP_TOO_LARGE_UNPACKED("已拒绝：数据包解压后超过 {0} 的上限（已读到 {1}）：请把数据分成几个较小的数据包分别上传。",
            "Refused: the bundle unpacks beyond the limit of {0} (read {1} so far): split the data into smaller bundles and upload them one by one."),
    ZIP_DAMAGED("ZIP 数据包已损坏或不完整（例如复制或下载时被截断），无法读完：请重新打包或重新下载后再上传。",
            "The ZIP bundle is damaged or incomplete (cut short while copied or downloaded, perhaps) and cannot be read through: pack or download it again and upload it."),
    ZIP_TOO_MANY_ENTRIES("ZIP 数据包中的文件超过 {0} 个。", "The ZIP bundle holds more than {0} entries."),
    NOTHING_TO_IMPORT("没有可导入的报告：请上传至少一个报告工作簿或数据包。", "Nothing to import: upload at least one report workbook or bundle."),

    // ---- workbooks
    NOT_A_REPORT_WORKBOOK("这不是自评报告工作簿：缺少工作表“{0}”（现有工作表：{1}）。请在导入页面下载模板，按模板填写。",
            "Not a report workbook: it has no sheet {0} (its sheets: {1}). Download the template from the import page and fill it in."),
    SHEET_MISSING("缺少工作表“{0}”。", "The sheet {0} is missing."),
    SHEET_SHAPE("工作表的格式与模板不同：找不到“{0}”。", "The sheet is not laid out like the template: no cell reads {0}."),
    SHEET_TOO_MANY_ROWS("工作表有 {0} 行，超过了 {1} 行的上限。", "The sheet has {0} rows, over the limit of {1}."),
    PROJECT_SHEET_NAME("项目表的工作表名应为“项目支出绩效自评表(序号)”，例如“项目支出绩效自评表(2)”。",
            "A project table''s sheet must be named 项目支出绩效自评表(number), e.g. 项目支出绩效自评表(2)."),
    HEADER_MISSING("表头中找不到列“{0}”。", "The header has no column {0}."),
    FIELD_MISSING("找不到“{0}”这一行。", "No row reads {0}."),
    FUNDS_ROW_UNKNOWN("无法识别的资金行“{0}”：应为 合计、其中：当年财政拨款、上年结转资金 或 其他资金。",
            "Unknown funds row {0}: it must be 合计, 其中：当年财政拨款, 上年结转资金 or 其他资金."),
    FUNDS_ROW_TWICE("资金行“{0}”出现了两次。", "The funds row {0} appears twice."),
    VALUE_REQUIRED("必须填写。", "A value is required."),
    NOT_MONEY("“{0}”不是金额：请填写以万元为单位、最多四位小数的数字。", "''{0}'' is not an amount: write a number of 万元 with at most four decimals."),
    NEGATIVE_MONEY("金额不能为负数：{0} 万元。", "An amount cannot be negative: {0} 万元."),
    NOT_POINTS("“{0}”不是分值：请填写最多两位小数的数字。", "''{0}'' is not a number of points: write a number with at most two decimals."),
    NEGATIVE_POINTS("分值不能为负数：{0}。", "Points cannot be negative: {0}."),
    NOT_PERCENT("“{0}”不是百分比：请填写如 100% 或 98.5 的数值。", "''{0}'' is not a percentage: write e.g. 100% or 98.5."),
    NOT_INTEGER("“{0}”不是整数。", "''{0}'' is not a whole number."),
    NOT_A_YEAR("“{0}”不是 2000—2100 之间的年度。", "''{0}'' is not a fiscal year between 2000 and 2100."),
    BAD_UNIT_CODE("单位编码“{0}”只能包含字母、数字、- 和 _。", "The unit code ''{0}'' may hold only letters, digits, - and _."),
    NOT_ONE_OF("“{0}”不是可选的值之一：{1}。", "''{0}'' is not one of: {1}."),
    FORMULA_ERROR("公式 {0} 的结果是错误值 {1}。", "The formula {0} results in the error {1}."),
    AMOUNTS_IN_YUAN("“{0}”：表中金额以元为单位；请换算为万元后再上传（1 万元 = 10000 元）。",
            "{0}: the table''s amounts are in 元; convert them to 万元 (1 万元 = 10,000 元) and upload again."),
    YEAR_NOT_STATED("表中没有写明年度：标题或单元格中找不到“XXXX年度”。", "The table states no fiscal year: no title or cell reads XXXX年度."),
    FORMULA_NOT_CALCULATED("公式 {0} 没有保存计算结果：请在 Excel 或 WPS 中打开并保存后再上传。",
            "The formula {0} has no saved result: open and save the workbook in Excel or WPS, then upload it again."),

    // ---- CSV bundles
    CSV_NOT_A_DATA_FILE("“{0}”不是数据格式中的文件（应为 {1}）。", "''{0}'' is not a file of the data format (expected {1})."),
    CSV_FILE_TWICE("“{0}”上传了两次。", "{0} was uploaded twice."),
    CSV_FILE_MISSING("数据包缺少 {0}（数据格式的八个文件缺一不可）。", "The bundle lacks {0} (the data format needs all eight files)."),
    CSV_COLUMN_UNKNOWN("未知的列（见数据格式说明 docs/data-format.md）。", "Unknown column (see docs/data-format.md)."),
    CSV_COLUMN_MISSING("表头缺少必需的列。", "A required column is missing from the header."),
    CSV_COLUMN_TWICE("表头中这一列出现了两次。", "The column appears twice in the header."),
    CSV_UNCLOSED_QUOTE("文件第 {0} 行开始的一个带引号的值没有结束引号：请检查这一行的双引号是否成对（值里的双引号要写成两个 \"\"），保存为 CSV 后再上传。",
            "A quoted value starting on line {0} of the file has no closing quote: check that this line''s double quotes come in pairs (a quote inside a value is written twice, \"\"), save as CSV and upload again."),
    CSV_TEXT_AFTER_QUOTE("文件中有一个值在结束引号之后还有文字：请检查双引号是否成对（值里的双引号要写成两个 \"\"），保存为 CSV 后再上传。",
            "A value has text after its closing quote: check that the double quotes come in pairs (a quote inside a value is written twice, \"\"), save as CSV and upload again."),
    CSV_INVALID("不是有效的 CSV 文件：{0}", "Not a valid CSV file: {0}"),
    CSV_TOO_MANY_ROWS("文件有超过 {0} 行数据。", "The file has more than {0} data rows."),

    // ---- the batch as a whole
    REPORT_TWICE("{0} {1} 年度的报告在本次导入中出现了两次（另见 {2}）。", "The report {0} {1} appears twice in this import (see also {2})."),
    UNIT_CONFLICT("单位 {0} 在本次导入中有不同的名称、类别或区县（另见 {1}）。", "The unit {0} has different names, categories or districts in this import (see also {1})."),
    UNIT_NOT_IN_SCOPE("只能导入本单位（{1}）的报告，“{0}”不是本单位。", "You may import only your own unit''s ({1}) reports; {0} is another unit."),
    UNIT_DECLARATION_NOT_IN_SCOPE("只能声明本单位（{1}）的单位信息，“{0}”是其他单位：新建或修改其他单位请联系财政绩效科或管理员。",
            "You may declare only your own unit ({1}); {0} is another unit: ask the finance bureau or an administrator to create or change it."),
    UNIT_CREATION_NOT_ALLOWED("单位“{0}”尚未建立：新建单位由财政绩效科或管理员办理，请联系他们先建立本单位。",
            "The unit {0} does not exist yet: units are created by the finance bureau or an administrator; ask them to create it first."),
    UNIT_CATEGORY_CHANGE_NOT_ALLOWED("不能修改本单位的类别（现为“{1}”，此处为“{0}”）：请填写“{1}”，如需修改类别请联系财政绩效科或管理员。",
            "You cannot change your unit''s category (now {1}, here {0}): write {1}; ask the finance bureau or an administrator to change it."),
    LOAD_PROBLEM("数据校验未通过：{0}", "The data check failed: {0}"),
    STALE_PREVIEW("预览之后，已加载的数据发生了变化（例如另一次导入）：请重新上传并预览。",
            "The loaded data changed after this preview (another import, perhaps): upload and preview again."),
    BATCH_NOT_APPLIED("批次 {0} 不在导入文件夹中，或已经撤回。", "The batch {0} is not in the import folder, or is withdrawn already."),
    BATCH_NOT_WITHDRAWN("批次 {0} 没有被撤回，无需恢复。", "The batch {0} is not withdrawn, so there is nothing to restore."),
    BATCH_NOT_INTERRUPTED("批次 {0} 不是中断的导入（已生效、已放弃或不存在）。", "The batch {0} is not an interrupted import (it is active, discarded or gone)."),
    IMPORT_FOLDER_NOT_WRITABLE("无法写入导入文件夹 {0}：数据库没有改动，上传的文件没有保存。请管理员检查该文件夹存在、磁盘未满、应用有写入权限（设置项 perfdash.import.dir，环境变量 PERFDASH_IMPORTS），然后重新上传。",
            "Cannot write to the import folder {0}: the database is unchanged and the uploaded files were not kept. Ask an administrator to check that the folder exists, the disk is not full and the app may write there (property perfdash.import.dir, variable PERFDASH_IMPORTS), then upload again."),
    STAGING_FULL("您有 {0} 个尚未确认或取消的导入预览，共 {1}，加上这次上传将超过每位用户 {2} 的上限：请先确认或取消它们（关闭页面的预览稍后会自动清除），然后再上传。",
            "You have {0} import previews neither confirmed nor cancelled, {1} in all; with this upload they would exceed the limit of {2} per user: confirm or cancel them first (previews of closed pages are removed after a while), then upload again."),
    INTERNAL_ERROR("导入时发生内部错误（参考号 {0}）：数据库没有改动。请把文件和参考号交给管理员。",
            "An internal error stopped the import (reference {0}): the database is unchanged. Give the files and the reference to an administrator."),
    LOAD_FAILED("导入未能完成，已全部撤回，数据库保持不变：{0}", "The import could not be completed and was undone; the database is unchanged: {0}"),

    // ---- notes: what the import did
    NOTE_FORMULA("单元格是公式 {0}，已使用其保存的计算结果 {1}。", "The cell is the formula {0}; its saved result {1} was used."),
    NOTE_GB18030("文件不是有效的 UTF-8，已按 GB18030（GBK）编码读取。", "The file is not valid UTF-8; it was read as GB18030 (GBK)."),
    NOTE_BOM("文件以 UTF-8 BOM 开头，已忽略该标记。", "The file starts with a UTF-8 byte order mark, which was skipped."),
    NOTE_ENTRY_IGNORED("数据包中的“{0}”不是数据文件，已忽略。", "The bundle''s entry {0} is not a data file and was ignored."),
    NOTE_EMPTY_TABLE_SKIPPED("工作表是空白模板，没有导入。", "The sheet is an empty template and was not imported."),
    NOTE_UNIT_CODE_DERIVED("表中没有单位编码，已按单位名称“{0}”生成编码 {1}。", "The table states no unit code; the code {1} was made from the unit name {0}."),
    NOTE_AMOUNT_READ("金额写作“{0}”，按 {1} 万元读取。", "The amount is written {0}; it was read as {1} 万元."),
    NOTE_YEAR_FROM_TEXT("年度 {0} 取自这一单元格的文字。", "The fiscal year {0} was taken from this cell''s text."),
    NOTE_CATEGORY_DEFAULT("表中没有单位类别，已记为“{0}”，可在单位页面补填。", "The table states no unit category; it was recorded as {0} and can be set on the unit page."),
    NOTE_DEFAULT_SOURCE_FILE("“来源文件”为空，已填入上传的文件名 {0}。", "来源文件 is empty; the uploaded file''s name {0} was used."),

    // ---- documents (Word, web pages, PDF)
    NOTE_TABLE_JOINED("{0} 紧接在 {1} 之后、列数相同，是同一张表跨页的续表：已接在 {1} 后面，去掉了重复的表头 {2} 行。",
            "{0} follows {1} directly with the same columns, so it is {1} continued over a page: it was joined to {1} and its {2} repeated header rows left out."),
    PDF_NO_TEXT_LAYER("扫描件没有文字层：请上传 Word 原件或按模板填写。",
            "A scan has no text layer: upload the original Word document or fill in the template."),
    DOC_NEEDS_LIBREOFFICE("这是旧的 Word 97–2003 格式（.doc），服务器上没有可用于转换的 LibreOffice：请在 Word 或 WPS 中另存为 .docx 后再上传。",
            "This is the old Word 97–2003 format (.doc) and the server has no LibreOffice to convert it: save it as .docx in Word or WPS, then upload it again."),
    DOC_CONVERSION_FAILED("旧的 Word 文档（.doc）未能转换为 .docx（文件可能已损坏、不完整或设有密码）：请在 Word 或 WPS 中打开，另存为 .docx 后再上传。",
            "The old Word document (.doc) could not be converted to .docx (it may be damaged, incomplete or protected by a password): open it in Word or WPS, save it as .docx, then upload it again."),
    NOTE_DOC_CONVERTED("旧的 Word 文档（.doc）已由 LibreOffice 转换为 .docx 后读取。", "The old Word document (.doc) was converted to .docx by LibreOffice and read."),
    NOTE_HEAD_AMOUNT_NOT_READ("{0}“{1}”不是万元金额，未读取；需要时请在表中改写后重新导入。",
            "{0} ''{1}'' is not an amount of 万元 and was not read; correct it in the table and import again if it matters."),
    NOTE_LOOSE_SENTENCE("这句话的写法与常见的不同，数字是按宽松规则读出的，请核对：{0}",
            "This sentence is worded unusually; its figures were read by a loose rule, please check them: {0}");

    private final String zh;
    private final String en;

    ImportText(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** The sentence in the locale's language (Chinese unless English is asked for). */
    public String format(Locale locale, List<?> args) {
        Object[] values = args.stream().map(a -> a instanceof LoadProblem p ? p.message(locale)
                : a instanceof DataLoadException e ? e.describe(locale) : a).toArray();
        return Bilingual.format(locale, zh, en, values);
    }
}
