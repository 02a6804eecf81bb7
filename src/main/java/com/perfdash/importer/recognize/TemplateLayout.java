package com.perfdash.importer.recognize;

import static com.perfdash.importer.WorkbookLayout.*;

import com.perfdash.importer.BatchRow;
import com.perfdash.importer.CellRef;
import com.perfdash.importer.DataRow;
import com.perfdash.importer.ImportIssue;
import com.perfdash.importer.ImportText;
import com.perfdash.importer.RowOrigin;
import com.perfdash.importer.grid.Grid;
import com.perfdash.importer.grid.SourceDocument;

import com.perfdash.ingest.DataFormat;
import com.perfdash.ingest.FileSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Our own report workbook (the template the import page offers, see {@link com.perfdash.importer.WorkbookLayout})
 * as one layout the recognizer reads: the key-value sheet 报告信息 with the project list and the texts,
 * the sheet 部门整体支出绩效自评表 and the sheets 项目支出绩效自评表(n). It finds the blocks of each sheet
 * by their labels, not by fixed positions, so a clerk may add goal or indicator rows, merge or unmerge
 * 一级/二级指标 cells, and write numbers as numbers or as text. Every problem is reported, not just the
 * first, each naming the file, sheet, Excel row and column.
 */
final class TemplateLayout {

    private static final Pattern PROJECT_SHEET_NUMBER = Pattern.compile("项目支出绩效自评表[(]?([0-9]+)[)]?");
    private static final Pattern SECTION_HEADING = Pattern.compile("^[一二三四五六七八九十]+、.*");
    private static final Pattern UNIT_CODE = Pattern.compile("[A-Za-z0-9_-]+");

    private final String file;
    private final boolean spreadsheet;
    private final List<ImportIssue> issues = new ArrayList<>();
    private final Set<CellRef> noted = new LinkedHashSet<>();
    private final List<BatchRow> rows = new ArrayList<>();
    private String unitCode = "";
    private String fiscalYear = "";

    private TemplateLayout(String file, boolean spreadsheet) {
        this.file = file;
        this.spreadsheet = spreadsheet;
    }

    /** Whether the document is laid out as our workbook: it has the sheet 报告信息 or 部门整体支出绩效自评表. */
    static boolean fits(SourceDocument document) {
        return grid(document, INFO_SHEET) != null || grid(document, UNIT_SHEET) != null;
    }

    /** The rows of the workbook and the problems and notes reading it raised. */
    static Result read(SourceDocument document) {
        TemplateLayout reader = new TemplateLayout(document.file(), spreadsheet(document));
        reader.readDocument(document);
        return new Result(reader.rows, reader.issues);
    }

    record Result(List<BatchRow> rows, List<ImportIssue> issues) {
    }

    static boolean spreadsheet(SourceDocument document) {
        return "xlsx".equals(document.format()) || "xls".equals(document.format());
    }

    private void readDocument(SourceDocument document) {
        Grid info = grid(document, INFO_SHEET);
        Grid unit = grid(document, UNIT_SHEET);
        if (info == null) {
            issues.add(ImportIssue.error(CellRef.file(file), ImportText.SHEET_MISSING, INFO_SHEET));
        } else {
            readInfo(cells(info));
        }
        if (unit == null) {
            issues.add(ImportIssue.error(CellRef.file(file), ImportText.SHEET_MISSING, UNIT_SHEET));
        } else {
            readTable(cells(unit), 0);
        }
        for (Grid g : document.grids()) {
            String name = normalize(g.name());
            if (!name.startsWith(PROJECT_SHEET)) {
                continue;
            }
            Matcher m = PROJECT_SHEET_NUMBER.matcher(name);
            if (!m.matches() || Integer.parseInt(m.group(1)) < 1) {
                issues.add(ImportIssue.error(CellRef.sheet(file, g.name()), ImportText.PROJECT_SHEET_NAME));
                continue;
            }
            readTable(cells(g), Integer.parseInt(m.group(1)));
        }
    }

    private GridCells cells(Grid g) {
        return new GridCells(g, file, spreadsheet, issues, noted);
    }

    private static Grid grid(SourceDocument document, String name) {
        for (Grid g : document.grids()) {
            if (normalize(g.name()).equals(normalize(name))) {
                return g;
            }
        }
        return null;
    }

    private void add(FileSpec spec, DataRow row, RowOrigin origin) {
        rows.add(new BatchRow(spec, row, origin));
    }

    // ---- 报告信息

    private void readInfo(GridCells s) {
        Map<String, Field> byLabel = new HashMap<>();
        for (Section section : INFO_SECTIONS) {
            for (Field f : section.fields()) {
                byLabel.put(normalize(f.label()), f);
                byLabel.put(normalize(f.label()).replace("(万元)", ""), f);
            }
        }
        Map<Field, Integer> fieldRows = new LinkedHashMap<>();
        int projectsHeader = -1;
        int textsHeader = -1;
        for (int r = 0; r < s.rowCount(); r++) {
            String a = normalize(s.label(r, 0));
            Field f = byLabel.get(a);
            if (f != null) {
                fieldRows.putIfAbsent(f, r);
            } else if (headerMatches(a, "序号") && headerMatches(s.label(r, 1), "项目名称") && projectsHeader < 0) {
                projectsHeader = r;
            } else if (headerMatches(a, "部分") && headerMatches(s.label(r, 1), "序号") && textsHeader < 0) {
                textsHeader = r;
            }
        }
        DataRow.Builder unit = DataRow.builder();
        DataRow.Builder report = DataRow.builder();
        Map<String, CellRef> unitCells = new HashMap<>();
        Map<String, CellRef> reportCells = new HashMap<>();
        for (Section section : INFO_SECTIONS) {
            for (Field f : section.fields()) {
                Integer r = fieldRows.get(f);
                boolean isUnit = "units.csv".equals(f.file());
                if (r == null) {
                    if (f.required()) {
                        s.error(CellRef.sheet(file, s.name()), ImportText.FIELD_MISSING, f.label());
                    } else if ("category".equals(f.column())) {
                        // reports do not state a category: 未分类 until finance sets it on the unit page
                        unit.put("category", PrintedLayout.DEFAULT_CATEGORY);
                        issues.add(ImportIssue.note(CellRef.sheet(file, s.name()), ImportText.NOTE_CATEGORY_DEFAULT,
                                PrintedLayout.DEFAULT_CATEGORY));
                    }
                    continue;
                }
                CellRef at = s.where(r, 1, f.label());
                String value = switch (f.kind()) {
                    case MONEY -> s.money(r, 1, f.label(), false);
                    case SIGNED_MONEY -> s.money(r, 1, f.label(), true);
                    case YEAR -> year(s, r);
                    case SOURCE_KIND -> sourceKind(s, r, f.label());
                    case UNIT_CODE -> unitCode(s, r, f.label());
                    case TEXT -> s.text(r, 1, f.label());
                };
                if ("category".equals(f.column()) && value == null) {
                    value = PrintedLayout.DEFAULT_CATEGORY;
                    issues.add(ImportIssue.note(at, ImportText.NOTE_CATEGORY_DEFAULT, value));
                }
                if ("source_file".equals(f.column()) && value == null) {
                    value = file;
                    issues.add(ImportIssue.note(at, ImportText.NOTE_DEFAULT_SOURCE_FILE, file));
                }
                if (f.required() && value == null && !hasErrorAt(at)) {
                    s.error(at, ImportText.VALUE_REQUIRED);
                }
                (isUnit ? unit : report).put(f.column(), value);
                (isUnit ? unitCells : reportCells).put(f.column(), at);
            }
        }
        if (!fieldRows.containsKey(INFO_SECTIONS.get(0).fields().stream().filter(f -> "source_kind".equals(f.column())).findFirst().orElseThrow())) {
            report.put("source_kind", "real");
        }
        DataRow u = unit.build();
        unitCode = u.get("unit_code") == null ? "" : u.get("unit_code");
        DataRow partial = report.build();
        fiscalYear = partial.get("fiscal_year") == null ? "" : partial.get("fiscal_year");
        reportCells.put("unit_code", unitCells.get("unit_code"));
        CellRef first = unitCells.getOrDefault("unit_code", CellRef.sheet(file, s.name()));
        add(DataFormat.UNITS, u, new RowOrigin(first, unitCells));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("unit_code", unitCode);
        values.putAll(partial.values());
        add(DataFormat.REPORTS, new DataRow(values), new RowOrigin(first, reportCells));
        if (projectsHeader >= 0) {
            readProjects(s, projectsHeader, textsHeader);
        }
        if (textsHeader >= 0) {
            readTexts(s, textsHeader);
        }
    }

    private boolean hasErrorAt(CellRef at) {
        return issues.stream().anyMatch(i -> i.error() && at.equals(i.where()));
    }

    private String year(GridCells s, int r) {
        Integer y = s.integer(r, 1, "年度", ImportText.NOT_A_YEAR);
        if (y == null) {
            return null;
        }
        if (y < 2000 || y > 2100) {
            s.error(s.where(r, 1, "年度"), ImportText.NOT_A_YEAR, y.toString());
            return null;
        }
        return y.toString();
    }

    private String sourceKind(GridCells s, int r, String label) {
        String v = s.text(r, 1, label);
        if (v == null) {
            return "real";
        }
        for (Map.Entry<String, String> e : SOURCE_KINDS.entrySet()) {
            if (v.equals(e.getKey()) || normalize(v).equals(e.getValue())) {
                return e.getKey();
            }
        }
        s.error(s.where(r, 1, label), ImportText.NOT_ONE_OF, v, String.join("、", SOURCE_KINDS.values()));
        return null;
    }

    private String unitCode(GridCells s, int r, String label) {
        String v = s.text(r, 1, label);
        if (v != null && !UNIT_CODE.matcher(v).matches()) {
            s.error(s.where(r, 1, label), ImportText.BAD_UNIT_CODE, v);
            return null;
        }
        return v;
    }

    /** Columns of a table on the 报告信息 sheet, found by their headers in {@code headerRow}; null when one is missing. */
    private static Map<String, Integer> columns(GridCells s, int headerRow, List<Column> columns) {
        Map<String, Integer> found = TemplateColumns.find(s, headerRow, columns);
        return TemplateColumns.complete(found) ? found : null;
    }

    private static String header(List<Column> columns, String column) {
        return TemplateColumns.header(columns, column);
    }

    private boolean endOfTable(GridCells s, int r) {
        return SECTION_HEADING.matcher(normalize(s.label(r, 0))).matches();
    }

    private void readProjects(GridCells s, int headerRow, int textsHeader) {
        Map<String, Integer> cols = columns(s, headerRow, PROJECT_COLUMNS);
        if (cols == null) {
            return;
        }
        int seq = 0;
        for (int r = headerRow + 1; r < s.rowCount() && r != textsHeader && !endOfTable(s, r); r++) {
            final int row = r;
            boolean blank = cols.values().stream().allMatch(c -> s.label(row, c).isBlank());
            if (blank) {
                continue;
            }
            Map<String, CellRef> cells = new HashMap<>();
            cols.forEach((column, c) -> cells.put(column, s.where(row, c, header(PROJECT_COLUMNS, column))));
            Integer given = s.integer(r, cols.get("seq"), "序号", ImportText.NOT_INTEGER);
            seq = given != null ? given : seq + 1;
            String name = s.text(r, cols.get("project_name"), "项目名称");
            if (name == null) {
                s.error(cells.get("project_name"), ImportText.VALUE_REQUIRED);
            }
            String kindText = s.text(r, cols.get("kind"), "类型");
            String kind = projectKind(kindText);
            if (kind == null) {
                if (kindText == null) {
                    s.error(cells.get("kind"), ImportText.VALUE_REQUIRED);
                } else {
                    s.error(cells.get("kind"), ImportText.NOT_ONE_OF, kindText, String.join("、", PROJECT_KINDS.values()));
                }
            }
            DataRow row2 = DataRow.builder()
                    .put("unit_code", unitCode).put("fiscal_year", fiscalYear)
                    .put("seq", Integer.toString(seq))
                    .put("project_name", name)
                    .put("kind", kind)
                    .put("budget", s.money(r, cols.get("budget"), header(PROJECT_COLUMNS, "budget"), false))
                    .put("actual", s.money(r, cols.get("actual"), header(PROJECT_COLUMNS, "actual"), false))
                    .put("carryover", s.money(r, cols.get("carryover"), header(PROJECT_COLUMNS, "carryover"), false))
                    .put("purpose", s.text(r, cols.get("purpose"), "主要用途"))
                    .build();
            add(DataFormat.PROJECTS, row2, new RowOrigin(s.where(r, cols.get("project_name"), "项目名称"), cells));
        }
    }

    private static String projectKind(String text) {
        if (text == null) {
            return null;
        }
        String t = normalize(text);
        if (t.equals("initial") || t.contains("年初")) {
            return "initial";
        }
        if (t.equals("midyear") || t.contains("年中") || t.contains("追加")) {
            return "midyear";
        }
        return null;
    }

    private void readTexts(GridCells s, int headerRow) {
        Map<String, Integer> cols = columns(s, headerRow, TEXT_COLUMNS);
        if (cols == null) {
            return;
        }
        String section = null;
        Map<String, Integer> lastSeq = new HashMap<>();
        for (int r = headerRow + 1; r < s.rowCount() && !endOfTable(s, r); r++) {
            String sectionText = s.text(r, cols.get("section"), "部分");
            if (sectionText != null) {
                section = textSection(sectionText);
                if (section == null) {
                    s.error(s.where(r, cols.get("section"), "部分"), ImportText.NOT_ONE_OF, sectionText,
                            TEXT_SECTIONS.stream().map(Map.Entry::getValue).collect(Collectors.joining("、")));
                    continue;
                }
            }
            String body = s.text(r, cols.get("body"), "内容");
            if (body == null) {
                continue;
            }
            if (section == null) {
                s.error(s.where(r, cols.get("section"), "部分"), ImportText.VALUE_REQUIRED);
                continue;
            }
            Integer given = s.integer(r, cols.get("seq"), "序号", ImportText.NOT_INTEGER);
            int seq = given != null ? given : lastSeq.getOrDefault(section, 0) + 1;
            lastSeq.put(section, seq);
            Map<String, CellRef> cells = new HashMap<>();
            cells.put("section", s.where(r, cols.get("section"), "部分"));
            cells.put("seq", s.where(r, cols.get("seq"), "序号"));
            cells.put("body", s.where(r, cols.get("body"), "内容"));
            add(DataFormat.REPORT_TEXTS, DataRow.builder().put("unit_code", unitCode).put("fiscal_year", fiscalYear)
                    .put("section", section).put("seq", Integer.toString(seq)).put("body", body).build(),
                    new RowOrigin(cells.get("body"), cells));
        }
    }

    private static String textSection(String text) {
        String t = normalize(text);
        for (Map.Entry<String, String> e : TEXT_SECTIONS) {
            if (t.equals(e.getKey()) || t.equals(normalize(e.getValue()))) {
                return e.getKey();
            }
        }
        return null;
    }

    // ---- 自评表

    /**
     * One 自评表 sheet: finds its blocks by their labels, top to bottom (a project table's 专项名称, 年度资金总额,
     * 预期目标, 一级指标, 总分), hands each block's rows to its reader and keeps what they give: the table's
     * eval_tables.csv row, then its funds rows, goals and indicators, in the sheet's order. A block that is
     * missing, or a header without one of its columns, leaves the whole table out; a sheet that states
     * nothing is an empty template, noted and skipped.
     */
    private void readTable(GridCells s, int tableNo) {
        int before = issues.size();
        boolean project = tableNo > 0;
        TableKey key = new TableKey(unitCode, fiscalYear, Integer.toString(tableNo));
        TableRow table = new TableRow(key.row().put("kind", project ? "project" : "unit"));
        boolean anyValue = false;
        if (project) {
            int[] name = block(s, 0, l -> l.equals(normalize(PROJECT_NAME)), PROJECT_NAME);
            if (name == null) {
                return;
            }
            anyValue = TemplateHead.read(s, name, table);
        }
        int[] fundsAt = block(s, 0, l -> l.startsWith(FUNDS_HEADER), FUNDS_HEADER);
        if (fundsAt == null) {
            return;
        }
        TemplateFunds funds = new TemplateFunds(s, fundsAt, table);
        int[] goalsAt = block(s, fundsAt[0] + 1, l -> l.equals(GOAL_EXPECTED), GOAL_EXPECTED);
        if (goalsAt == null) {
            return;
        }
        TemplateGoals goals = new TemplateGoals(s, goalsAt);
        int[] indicatorsAt = block(s, goalsAt[0] + 1, l -> l.equals(TemplateIndicators.LABEL), TemplateIndicators.LABEL);
        if (indicatorsAt == null) {
            return;
        }
        TemplateIndicators indicators = new TemplateIndicators(s, indicatorsAt[0]);
        int[] totalAt = block(s, indicatorsAt[0] + 1, l -> l.equals(TOTAL), TOTAL);
        if (totalAt == null || !funds.complete() || !indicators.complete() || !goals.complete()) {
            return;
        }
        List<BatchRow> fundsRows = funds.rows(key, goalsAt[0]);
        List<BatchRow> goalRows = goals.rows(key, indicatorsAt[0]);
        List<BatchRow> indicatorRows = indicators.rows(key, totalAt[0]);
        anyValue |= TemplateFunds.statesFigures(fundsRows);
        anyValue |= TemplateTotal.read(s, totalAt[0], indicators, table) || !goalRows.isEmpty() || !indicatorRows.isEmpty();

        if (!anyValue && issues.size() == before) {
            issues.add(ImportIssue.note(CellRef.sheet(file, s.name()), ImportText.NOTE_EMPTY_TABLE_SKIPPED));
            return;
        }
        DataRow t = table.build();
        if (project && t.get("project_name") == null && table.cells().containsKey("project_name")) {
            s.error(table.cells().get("project_name"), ImportText.VALUE_REQUIRED);
        }
        add(DataFormat.EVAL_TABLES, t, new RowOrigin(s.where(totalAt[0], totalAt[1], TOTAL), table.cells()));
        // the rows the sheet has, in its order: a row it leaves out is not stated, and none is made up for it
        rows.addAll(fundsRows);
        rows.addAll(goalRows);
        rows.addAll(indicatorRows);
    }

    /** The first cell at or below {@code fromRow} whose label is a block's; null when none (reported). */
    private int[] block(GridCells s, int fromRow, Predicate<String> label, String name) {
        int[] at = s.find(fromRow, label);
        if (at == null) {
            s.error(CellRef.sheet(file, s.name()), ImportText.SHEET_SHAPE, name);
        }
        return at;
    }
}
