package com.perfdash.importer.document;

import static com.perfdash.importer.document.WordXml.p;
import static com.perfdash.importer.document.WordXml.table;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The reports of a data set in our CSV format (the demo district's, data/demo) written as the Word
 * documents a unit would file: the title, the duties and the running text with the budget sentences as
 * paragraphs, then the whole-unit table in the paper layout of the seed ({@link SeedWord}): its funds
 * rows as stated, the goals, the indicators with 一级 and 二级 merged over their rows, the total and grade.
 * For benchmarks of the document import: every document is a real layout the reader must recognize.
 */
public final class DemoWord {

    private static final Map<String, String> FUNDS_LABELS = Map.of("total", "合计<<2", "appropriation", "其中：当年财政拨款<<2",
            "carryover", "上年结转资金<<2", "other", "其他资金<<2");
    private static final List<String> FUNDS_ORDER = List.of("total", "appropriation", "carryover", "other");

    private DemoWord() {
    }

    /** A report of the data set: its unit-year and the CSV rows that state it (its units.csv row too). */
    public record Report(String unitCode, int fiscalYear, String unitName, CSVRecord report, CSVRecord unitTable,
                         List<CSVRecord> funds, List<CSVRecord> goals, List<CSVRecord> indicators, List<CSVRecord> texts,
                         CSVRecord unit) {
    }

    /** The first {@code count} reports of the data set in {@code dataSet} (reports.csv order) with a whole-unit table. */
    public static List<Report> reports(Path dataSet, int count) {
        Map<String, CSVRecord> units = new LinkedHashMap<>();
        read(dataSet, "units.csv").forEach(r -> units.put(r.get("unit_code"), r));
        Map<String, CSVRecord> tables = new LinkedHashMap<>();
        read(dataSet, "eval_tables.csv").stream().filter(r -> r.get("table_no").equals("0")).forEach(r -> tables.put(key(r), r));
        Map<String, List<CSVRecord>> funds = byReport(read(dataSet, "funds_rows.csv"));
        Map<String, List<CSVRecord>> goals = byReport(read(dataSet, "goals.csv"));
        Map<String, List<CSVRecord>> indicators = byReport(read(dataSet, "indicators.csv"));
        Map<String, List<CSVRecord>> texts = new LinkedHashMap<>();
        read(dataSet, "report_texts.csv").forEach(r -> texts.computeIfAbsent(key(r), k -> new ArrayList<>()).add(r));
        List<Report> out = new ArrayList<>();
        for (CSVRecord r : read(dataSet, "reports.csv")) {
            String k = key(r);
            if (out.size() == count) {
                break;
            }
            if (tables.containsKey(k)) {
                CSVRecord unit = units.get(r.get("unit_code"));
                out.add(new Report(r.get("unit_code"), Integer.parseInt(r.get("fiscal_year")), unit.get("unit_name"), r,
                        tables.get(k), funds.getOrDefault(k, List.of()), goals.getOrDefault(k, List.of()),
                        indicators.getOrDefault(k, List.of()), texts.getOrDefault(k, List.of()), unit));
            }
        }
        return out;
    }

    /** The report as a .docx at {@code file}. */
    public static Path write(Path file, Report r) {
        StringBuilder s = new StringBuilder();
        s.append(p(r.report().get("title")));
        s.append(p("一、部门（单位）基本情况"));
        s.append(p("（一）部门（单位）职能"));
        int n = 1;
        for (CSVRecord t : r.texts()) {
            if (t.get("section").equals("duty")) {
                s.append(p(n++ + "." + t.get("body")));
            }
        }
        s.append(p("（二）预算收支情况"));
        s.append(p(r.report().get("income_text")));
        s.append(p(r.report().get("expenditure_text")));
        section(s, r, "二、部门整体支出绩效情况", "performance");
        section(s, r, "三、项目支出绩效情况", "project_performance");
        section(s, r, "四、存在的问题及下一步改进措施", "problems");
        s.append(p(r.fiscalYear() + " 年度部门整体支出绩效自评表"));
        s.append(table(SeedWord.WIDTHS, unitTable(r)));
        s.append(p(SeedWord.NOTE_1));
        s.append(p(SeedWord.NOTE_2));
        return WordXml.write(file, s.toString());
    }

    private static void section(StringBuilder s, Report r, String heading, String section) {
        s.append(p(heading));
        r.texts().stream().filter(t -> t.get("section").equals(section)).forEach(t -> s.append(p(t.get("body"))));
    }

    static List<List<String>> unitTable(Report r) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("部门名称<<3", r.unitName() + "<<6"));
        rows.add(List.of("*资金情况\n（万元）", "年度资金总额<<2", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分（分值×执行率）"));
        for (String kind : FUNDS_ORDER) {
            CSVRecord f = r.funds().stream().filter(x -> x.get("row_kind").equals(kind)).findFirst().orElse(null);
            String rate = f == null || f.get("execution_rate_pct").isEmpty() ? "" : f.get("execution_rate_pct") + "%";
            rows.add(List.of("^", FUNDS_LABELS.get(kind), cell(f, "initial_budget"), cell(f, "full_year_budget"), cell(f, "executed"),
                    cell(f, "weight"), rate, cell(f, "score")));
        }
        rows.add(List.of("*年度总体目标", "预期目标<<4", "实际完成情况<<4"));
        for (CSVRecord g : r.goals()) {
            rows.add(List.of("^", g.get("expected") + "<<4", g.get("achieved") + "<<4"));
        }
        rows.add(List.of("*绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"));
        List<CSVRecord> ind = r.indicators();
        for (int i = 0; i < ind.size(); i++) {
            CSVRecord x = ind.get(i);
            String level1 = x.get("level1") + (x.get("level1_cap").isEmpty() ? "" : "（" + x.get("level1_cap") + " 分）");
            rows.add(List.of("^", merged(ind, i, "level1", level1), merged(ind, i, "level2", x.get("level2")), x.get("level3"),
                    x.get("target"), x.get("actual"), x.get("weight"), x.get("score"), x.get("deviation_note")));
        }
        CSVRecord t = r.unitTable();
        rows.add(List.of("总分<<6", t.get("total_weight"), t.get("total_score"), "等级：" + t.get("grade")));
        return rows;
    }

    /** A 一级 or 二级 cell: merged over the rows of its group (a group of one row is written plainly). */
    private static String merged(List<CSVRecord> rows, int i, String column, String text) {
        boolean sameAsBefore = i > 0 && sameGroup(rows.get(i - 1), rows.get(i), column);
        boolean sameAsNext = i + 1 < rows.size() && sameGroup(rows.get(i), rows.get(i + 1), column);
        return sameAsBefore ? "^" : sameAsNext ? "*" + text : text;
    }

    private static boolean sameGroup(CSVRecord a, CSVRecord b, String column) {
        return a.get("level1").equals(b.get("level1")) && (column.equals("level1") || a.get("level2").equals(b.get("level2")));
    }

    private static String cell(CSVRecord r, String column) {
        return r == null ? "" : r.get(column);
    }

    private static String key(CSVRecord r) {
        return r.get("unit_code") + "/" + r.get("fiscal_year");
    }

    private static Map<String, List<CSVRecord>> byReport(List<CSVRecord> rows) {
        Map<String, List<CSVRecord>> out = new LinkedHashMap<>();
        rows.stream().filter(r -> !r.isMapped("table_no") || r.get("table_no").equals("0"))
                .forEach(r -> out.computeIfAbsent(key(r), k -> new ArrayList<>()).add(r));
        return out;
    }

    private static List<CSVRecord> read(Path dataSet, String file) {
        try (Reader in = Files.newBufferedReader(dataSet.resolve(file), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
