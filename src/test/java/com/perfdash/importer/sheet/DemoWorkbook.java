package com.perfdash.importer.sheet;

import com.perfdash.importer.DataRow;
import com.perfdash.importer.ReportRows;
import com.perfdash.importer.ReportWorkbookAccess;
import com.perfdash.importer.document.DemoWord;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A report of the demo district ({@link DemoWord.Report}, the rows data/demo states) written as the Excel
 * 自评表 a unit uploads, in one of the {@link Layout}s units print, each copied from the shape of a real
 * published table under src/test/resources/real-reports: the Hunan whole-unit form (衡山 贯塘乡), the
 * Sichuan 510000 form (青神), the national form as an old .xls (稷山), and our own report workbook. For the
 * workbook import benchmark and {@code DemoWorkbookTest}: every file is a layout the recognizer must read.
 * Amounts are written as numbers with the two-decimal format a printed table shows.
 */
public final class DemoWorkbook {

    /** The layouts, each with the file extension it is uploaded with. */
    public enum Layout {
        /**
         * Hunan's 部门整体支出绩效自评表 (as 衡山县贯塘乡 2023): 预算部门、单位名称; the funds block under
         * {@link #HUNAN_FUNDS_BLOCK} with 年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 自评得分 and the rows 年度资金总额,
         * 其中:一般公共预算, 上年结转, 其他资金; goals; indicators with 一级 and 二级 written again on every row; 合计.
         */
        HUNAN("xlsx"),
        /**
         * Sichuan's 510000 form (as 青神县 2023), for the whole unit: 11 columns; the goals above the funds;
         * 预算执行情况(10分) with 年初预算 / 预算数(A) / 执行数(B) / 执行率(B/A) / 权重 / 自评得分 and the rows
         * 年度资金总额, 其中:财政资金, 财政专户管理资金, 单位资金, 其他资金; 绩效指标(90分) with the target split
         * 指标性质 | 指标值 | 度量单位, 一级 and 二级 printed once at the top of their group (blank below); 合计;
         * 评价结论, 存在问题, 改进措施 rows.
         */
        SICHUAN("xlsx"),
        /**
         * The national form as an old .xls (as 稷山县 2020): the title and "(2020年度)" on two rows; 预算资金(万元);
         * "—" in the sub-rows' 分值/得分; 执行率 a number shown as a percentage; 一级 and 二级 merged over their
         * rows, with line breaks in the labels ("产出\n指标\n(50分)"); 总分.
         */
        NATIONAL_XLS("xls"),
        /** Our own report workbook (报告信息 and the 自评表 sheet), as the app's 下载 Excel writes it. */
        TEMPLATE("xlsx");

        public final String extension;

        Layout(String extension) {
            this.extension = extension;
        }
    }

    /**
     * The label left of the Hunan funds block. Hunan prints 年度预算申请(万元) there (零陵区林业局 2021), but the
     * recognizer takes that cell for the 年初预算数 column (年度预算申请 is a synonym of funds.initial_budget) and
     * then reads no funds row at all; 贯塘乡's copy escapes only because the page lost its ")". Until that is
     * fixed the Hunan layout carries the seed's label, and {@code DemoWorkbookTest} keeps the printed one as a
     * disabled case.
     */
    static final String HUNAN_FUNDS_BLOCK = "资金情况\n（万元）";
    static final String HUNAN_FUNDS_BLOCK_PRINTED = "年度预算申请\n（万元）";

    private static final Pattern TARGET = Pattern.compile("^([≥≤＞＜>=<＝]+)?\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(\\S.*)?$");

    private DemoWorkbook() {
    }

    /** The file name a unit would give it: "青禾区委办公室 2016 部门整体支出绩效自评表.xlsx". */
    public static String fileName(DemoWord.Report r, Layout layout) {
        return r.unitName() + " " + r.fiscalYear() + " 部门整体支出绩效自评表." + layout.extension;
    }

    /** The report written in {@code layout} at {@code file}. */
    public static Path write(Path file, DemoWord.Report r, Layout layout) {
        return write(file, r, layout, HUNAN_FUNDS_BLOCK);
    }

    static Path write(Path file, DemoWord.Report r, Layout layout, String hunanFundsBlock) {
        try {
            if (layout == Layout.TEMPLATE) {
                Files.write(file, ReportWorkbookAccess.report(rows(r)));
                return file;
            }
            try (Workbook wb = layout == Layout.NATIONAL_XLS ? new HSSFWorkbook() : new XSSFWorkbook();
                 OutputStream out = Files.newOutputStream(file)) {
                Writer w = new Writer(wb, wb.createSheet("Sheet1"));
                switch (layout) {
                    case HUNAN -> hunan(w, r, hunanFundsBlock);
                    case SICHUAN -> sichuan(w, r);
                    case NATIONAL_XLS -> national(w, r);
                    default -> throw new IllegalArgumentException(layout.name());
                }
                wb.write(out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the layouts

    private static void hunan(Writer w, DemoWord.Report r, String fundsBlock) {
        CSVRecord t = r.unitTable();
        w.text(0, 0, 0, 8, r.fiscalYear() + "年度部门整体支出绩效自评表");
        w.text(1, 1, 0, 1, "预算部门、单位名称");
        w.text(1, 1, 2, 8, r.unitName());
        int row = 2;
        w.text(row, row + 4, 0, 0, fundsBlock);
        w.text(row, row, 1, 2, "");
        headers(w, row, 3, List.of("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "自评得分"));
        List<String[]> kinds = List.of(new String[] {"total", "年度资金总额"}, new String[] {"appropriation", "其中：一般公共预算"},
                new String[] {"carryover", "上年结转"}, new String[] {"other", "其他资金"});
        for (String[] k : kinds) {
            row++;
            CSVRecord f = funds(r, k[0]);
            w.text(row, row, 1, 2, k[1]);
            w.amount(row, 3, get(f, "initial_budget"));
            w.amount(row, 4, get(f, "full_year_budget"));
            w.amount(row, 5, get(f, "executed"));
            w.points(row, 6, get(f, "weight"));
            w.text(row, row, 7, 7, percentText(get(f, "execution_rate_pct"), false));
            w.points(row, 8, get(f, "score"));
        }
        row = goals(w, r, row + 1, "年度总体目标", "预期目标", "实际完成情况", 1, 4, 5, 8);
        List<CSVRecord> ind = r.indicators();
        w.text(row, row + ind.size(), 0, 0, "绩效指标");
        headers(w, row, 1, List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"));
        for (CSVRecord x : ind) {
            row++;
            w.text(row, row, 1, 1, level1(x, "（", "分）"));
            w.text(row, row, 2, 2, x.get("level2"));
            w.text(row, row, 3, 3, x.get("level3"));
            w.text(row, row, 4, 4, x.get("target"));
            w.text(row, row, 5, 5, x.get("actual"));
            w.points(row, 6, x.get("weight"));
            w.points(row, 7, x.get("score"));
            w.text(row, row, 8, 8, x.get("deviation_note"));
        }
        row++;
        totalRow(w, row, "合计", t);
        row++;
        w.text(row, row, 0, 1, "填报人：");
        w.text(row, row, 2, 4, "联系电话：");
        w.text(row, row, 5, 8, "填报日期：");
    }

    private static void sichuan(Writer w, DemoWord.Report r) {
        CSVRecord t = r.unitTable();
        w.text(0, 0, 0, 10, "部门整体支出绩效自评表（" + r.fiscalYear() + "年度）");
        w.text(1, 1, 0, 0, "部门（单位）名称");
        w.text(1, 1, 1, 10, r.unitName());
        int row = goals(w, r, 2, "年度总体目标完成情况", "年初设定目标", "年度目标完成情况", 1, 5, 6, 10);
        String fundsWeight = t.get("funds_weight");
        w.text(row, row + 5, 0, 0, fundsWeight.isEmpty() ? "预算执行情况" : "预算执行情况（" + fundsWeight + "分）");
        w.text(row, row, 1, 1, "年度预算数（万元）");
        headers(w, row, 2, List.of("年初预算", "预算数（A）", "执行数（B）", "执行率（B/A）", "权重", "自评得分"));
        w.text(row, row, 8, 10, "原因");
        CSVRecord total = funds(r, "total");
        CSVRecord appropriation = funds(r, "appropriation");
        CSVRecord carryover = funds(r, "carryover");
        CSVRecord other = funds(r, "other");
        // the form has no 上年结转 row: a unit counts last year's fiscal carryover in 财政资金
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"年度资金总额", get(total, "initial_budget"), get(total, "full_year_budget"), get(total, "executed"),
                get(total, "execution_rate_pct"), get(total, "weight"), get(total, "score")});
        String fb = sum(get(appropriation, "full_year_budget"), get(carryover, "full_year_budget"));
        String fe = sum(get(appropriation, "executed"), get(carryover, "executed"));
        rows.add(new String[] {"其中：财政资金", sum(get(appropriation, "initial_budget"), get(carryover, "initial_budget")), fb, fe,
                rate(fb, fe), "/", "/"});
        rows.add(new String[] {"财政专户管理资金", "0.00", "0.00", "0.00", "0.00", "/", "/"});
        rows.add(new String[] {"单位资金", "0.00", "0.00", "0.00", "0.00", "/", "/"});
        rows.add(new String[] {"其他资金", get(other, "initial_budget"), get(other, "full_year_budget"), get(other, "executed"),
                rate(get(other, "full_year_budget"), get(other, "executed")), "/", "/"});
        for (int i = 0; i < rows.size(); i++) {
            String[] v = rows.get(i);
            int at = row + 1 + i;
            w.text(at, at, 1, 1, v[0]);
            w.amount(at, 2, v[1]);
            w.amount(at, 3, v[2]);
            w.amount(at, 4, v[3]);
            w.text(at, at, 5, 5, percentText(v[4], true));
            w.points(at, 6, v[5]);
            w.points(at, 7, v[6]);
        }
        w.text(row + 1, row + 5, 8, 10, "1.预算执行率=执行数/预算数，预算执行率未达到90%的需说明原因（100字以内）；"
                + "2.年中发生预算调整的（追加或调减），应单独说明理由；3.其他资金包括：社会投入资金、银行贷款。");
        row += 6;
        List<CSVRecord> ind = r.indicators();
        String indicatorsWeight = difference(t.get("total_weight"), fundsWeight);
        w.text(row, row + ind.size(), 0, 0, indicatorsWeight == null ? "绩效指标" : "绩效指标（" + indicatorsWeight + "分）");
        headers(w, row, 1, List.of("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "自评得分", "未完成原因分析"));
        for (int i = 0; i < ind.size(); i++) {
            CSVRecord x = ind.get(i);
            row++;
            boolean newLevel1 = i == 0 || !ind.get(i - 1).get("level1").equals(x.get("level1"));
            boolean newLevel2 = newLevel1 || !ind.get(i - 1).get("level2").equals(x.get("level2"));
            w.text(row, row, 1, 1, newLevel1 ? x.get("level1") : "");
            w.text(row, row, 2, 2, newLevel2 ? x.get("level2") : "");
            w.text(row, row, 3, 3, x.get("level3"));
            Matcher m = TARGET.matcher(x.get("target").strip());
            if (m.matches()) {
                w.text(row, row, 4, 4, m.group(1) == null ? "" : m.group(1));
                w.text(row, row, 5, 5, m.group(2));
                w.text(row, row, 6, 6, m.group(3) == null ? "" : m.group(3));
            } else {
                w.text(row, row, 5, 5, x.get("target"));
            }
            w.text(row, row, 7, 7, x.get("actual"));
            w.points(row, 8, x.get("weight"));
            w.points(row, 9, x.get("score"));
            w.text(row, row, 10, 10, x.get("deviation_note"));
        }
        row++;
        w.text(row, row, 0, 7, "合计");
        w.points(row, 8, t.get("total_weight"));
        w.points(row, 9, t.get("total_score"));
        w.text(row, row, 10, 10, "");
        String score = t.get("total_score");
        row++;
        w.text(row, row, 0, 0, "评价结论");
        w.text(row, row, 1, 10, score.isEmpty() ? "" : "本单位部门整体支出自评总分" + score + "分，评价结果为" + t.get("grade") + "。");
        row++;
        w.text(row, row, 0, 0, "存在问题");
        w.text(row, row, 1, 10, body(r, "problems", 0));
        row++;
        w.text(row, row, 0, 0, "改进措施");
        w.text(row, row, 1, 10, body(r, "problems", 1));
        row++;
        w.text(row, row, 0, 3, "单位负责人：");
        w.text(row, row, 4, 7, "财务负责人：");
        w.text(row, row, 8, 10, "");
    }

    private static void national(Writer w, DemoWord.Report r) {
        CSVRecord t = r.unitTable();
        w.text(0, 0, 0, 8, r.unitName() + "部门整体支出绩效自评表");
        w.text(1, 1, 0, 8, "（" + r.fiscalYear() + "年度）");
        w.text(2, 2, 0, 1, "部门名称");
        w.text(2, 2, 2, 8, r.unitName());
        int row = 3;
        w.text(row, row + 4, 0, 0, "预算资金\n（万元）");
        w.text(row, row, 1, 2, "");
        headers(w, row, 3, List.of("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"));
        List<String[]> kinds = List.of(new String[] {"total", "年度资金总额"}, new String[] {"appropriation", "其中：当年财政拨款"},
                new String[] {"carryover", "上年结转资金"}, new String[] {"other", "其他资金"});
        for (String[] k : kinds) {
            row++;
            CSVRecord f = funds(r, k[0]);
            boolean sub = !k[0].equals("total");
            w.text(row, row, 1, 2, k[1]);
            w.amount(row, 3, get(f, "initial_budget"));
            w.amount(row, 4, get(f, "full_year_budget"));
            w.amount(row, 5, get(f, "executed"));
            w.pointsOrDash(row, 6, get(f, "weight"), sub);
            w.percent(row, 7, get(f, "execution_rate_pct"));
            w.pointsOrDash(row, 8, get(f, "score"), sub);
        }
        row = goals(w, r, row + 1, "年度总\n体目标", "预期目标", "实际完成情况", 1, 4, 5, 8);
        List<CSVRecord> ind = r.indicators();
        w.text(row, row + ind.size(), 0, 0, "绩效指标");
        headers(w, row, 1, List.of("一级\n指标", "二级指标", "三级指标", "年度\n指标值", "实际\n完成值", "分值", "得分", "偏差原因分析及改进措施"));
        int first = row + 1;
        for (int i = 0; i < ind.size(); i++) {
            CSVRecord x = ind.get(i);
            int at = first + i;
            int end1 = i;
            while (end1 + 1 < ind.size() && ind.get(end1 + 1).get("level1").equals(x.get("level1"))) {
                end1++;
            }
            int end2 = i;
            while (end2 + 1 < ind.size() && ind.get(end2 + 1).get("level1").equals(x.get("level1"))
                    && ind.get(end2 + 1).get("level2").equals(x.get("level2"))) {
                end2++;
            }
            if (i == 0 || !ind.get(i - 1).get("level1").equals(x.get("level1"))) {
                String l1 = x.get("level1");
                String broken = l1.length() > 2 ? l1.substring(0, 2) + "\n" + l1.substring(2) : l1;
                w.text(at, first + end1, 1, 1, broken + (x.get("level1_cap").isEmpty() ? "" : "\n（" + x.get("level1_cap") + "分）"));
            }
            if (i == 0 || !ind.get(i - 1).get("level1").equals(x.get("level1")) || !ind.get(i - 1).get("level2").equals(x.get("level2"))) {
                w.text(at, first + end2, 2, 2, x.get("level2"));
            }
            w.text(at, at, 3, 3, x.get("level3"));
            w.text(at, at, 4, 4, x.get("target"));
            w.text(at, at, 5, 5, x.get("actual"));
            w.points(at, 6, x.get("weight"));
            w.points(at, 7, x.get("score"));
            w.text(at, at, 8, 8, x.get("deviation_note"));
        }
        row = first + ind.size();
        totalRow(w, row, "总分", t);
    }

    /** A header row: {@code heads} one per column from {@code fromCol}. */
    private static void headers(Writer w, int row, int fromCol, List<String> heads) {
        for (int i = 0; i < heads.size(); i++) {
            w.text(row, row, fromCol + i, fromCol + i, heads.get(i));
        }
    }

    /** The closing row of the nine-column forms: its label, 分值 and 得分 of the table, and 等级 when stated. */
    private static void totalRow(Writer w, int row, String label, CSVRecord t) {
        w.text(row, row, 0, 5, label);
        w.points(row, 6, t.get("total_weight"));
        w.points(row, 7, t.get("total_score"));
        w.text(row, row, 8, 8, t.get("grade").isEmpty() ? "" : "等级：" + t.get("grade"));
    }

    /** The goals block from {@code row}: its label, the two headers and one row per goal; the row after it. */
    private static int goals(Writer w, DemoWord.Report r, int row, String label, String expected, String achieved,
                             int e1, int e2, int a1, int a2) {
        w.text(row, row + r.goals().size(), 0, 0, label);
        w.text(row, row, e1, e2, expected);
        w.text(row, row, a1, a2, achieved);
        for (CSVRecord g : r.goals()) {
            row++;
            w.text(row, row, e1, e2, g.get("expected"));
            w.text(row, row, a1, a2, g.get("achieved"));
        }
        return row + 1;
    }

    // ---- our own workbook

    /** The report as the rows of the data format, as the app's workbook writer takes them. */
    static ReportRows rows(DemoWord.Report r) {
        return new ReportRows(row(r.unit()), row(r.report()), r.texts().stream().map(DemoWorkbook::row).toList(), List.of(),
                List.of(row(r.unitTable())), r.funds().stream().map(DemoWorkbook::row).toList(),
                r.goals().stream().map(DemoWorkbook::row).toList(), r.indicators().stream().map(DemoWorkbook::row).toList());
    }

    private static DataRow row(CSVRecord r) {
        return new DataRow(r.toMap());
    }

    // ---- values

    private static CSVRecord funds(DemoWord.Report r, String kind) {
        return r.funds().stream().filter(f -> f.get("row_kind").equals(kind)).findFirst().orElse(null);
    }

    private static String get(CSVRecord r, String column) {
        return r == null ? "" : r.get(column);
    }

    private static String level1(CSVRecord x, String open, String close) {
        return x.get("level1") + (x.get("level1_cap").isEmpty() ? "" : open + x.get("level1_cap") + close);
    }

    private static String body(DemoWord.Report r, String section, int index) {
        List<CSVRecord> texts = r.texts().stream().filter(t -> t.get("section").equals(section)).toList();
        return index < texts.size() ? texts.get(index).get("body") : "";
    }

    /** A + B as stated: empty when neither states an amount. */
    private static String sum(String a, String b) {
        if (a.isEmpty() && b.isEmpty()) {
            return "";
        }
        return (a.isEmpty() ? BigDecimal.ZERO : new BigDecimal(a)).add(b.isEmpty() ? BigDecimal.ZERO : new BigDecimal(b))
                .setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    private static String difference(String a, String b) {
        return a.isEmpty() || b.isEmpty() ? null : new BigDecimal(a).subtract(new BigDecimal(b)).stripTrailingZeros().toPlainString();
    }

    /** 执行率 = executed / budget in percent, two decimals; empty when the budget is not stated or zero. */
    private static String rate(String budget, String executed) {
        if (budget.isEmpty() || executed.isEmpty() || new BigDecimal(budget).signum() == 0) {
            return "";
        }
        return new BigDecimal(executed).multiply(BigDecimal.valueOf(100)).divide(new BigDecimal(budget), 2, RoundingMode.HALF_UP)
                .toPlainString();
    }

    /** A percent as printed text: "98%" (Hunan) or "98.00%" (Sichuan); empty when not stated. */
    private static String percentText(String pct, boolean twoDecimals) {
        if (pct.isEmpty()) {
            return "";
        }
        BigDecimal v = new BigDecimal(pct);
        return (twoDecimals ? v.setScale(2, RoundingMode.HALF_UP).toPlainString() : v.stripTrailingZeros().toPlainString()) + "%";
    }

    /** Writes cells and merged regions on one sheet. */
    private static final class Writer {
        private final Sheet sheet;
        private final CellStyle wrap;
        private final CellStyle twoDecimals;
        private final CellStyle percent;

        Writer(Workbook wb, Sheet sheet) {
            this.sheet = sheet;
            wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            twoDecimals = wb.createCellStyle();
            twoDecimals.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
        }

        private Cell cell(int row, int col) {
            Row r = sheet.getRow(row);
            if (r == null) {
                r = sheet.createRow(row);
            }
            return r.createCell(col);
        }

        /** A text cell over rows r1–r2 and columns c1–c2 (merged when it spans more than one cell). */
        void text(int r1, int r2, int c1, int c2, String text) {
            Cell c = cell(r1, c1);
            c.setCellValue(text);
            if (text.indexOf('\n') >= 0) {
                c.setCellStyle(wrap);
            }
            if (r2 > r1 || c2 > c1) {
                sheet.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
            }
        }

        /** An amount in 万元 as a number (shown with two decimals when it has at most two); blank when not stated. */
        void amount(int row, int col, String amount) {
            if (amount == null || amount.isEmpty()) {
                cell(row, col);
                return;
            }
            if (!amount.matches("[0-9.]+")) {
                cell(row, col).setCellValue(amount);
                return;
            }
            BigDecimal v = new BigDecimal(amount);
            Cell c = cell(row, col);
            c.setCellValue(v.doubleValue());
            if (v.stripTrailingZeros().scale() <= 2) {
                c.setCellStyle(twoDecimals);
            }
        }

        /** Points as a number; blank when not stated, "/" and the like as text. */
        void points(int row, int col, String points) {
            if (points == null || points.isEmpty()) {
                cell(row, col);
            } else if (points.matches("[0-9.]+")) {
                cell(row, col).setCellValue(new BigDecimal(points).doubleValue());
            } else {
                cell(row, col).setCellValue(points);
            }
        }

        /** Points, or "—" in a sub-row that states none (the national form). */
        void pointsOrDash(int row, int col, String points, boolean sub) {
            points(row, col, sub && (points == null || points.isEmpty()) ? "—" : points);
        }

        /** A percent as a number shown as a percentage (98 → 0.98 shown 98.00%); blank when not stated. */
        void percent(int row, int col, String pct) {
            if (pct == null || pct.isEmpty()) {
                cell(row, col);
                return;
            }
            Cell c = cell(row, col);
            c.setCellValue(new BigDecimal(pct).movePointLeft(2).doubleValue());
            c.setCellStyle(percent);
        }
    }
}
