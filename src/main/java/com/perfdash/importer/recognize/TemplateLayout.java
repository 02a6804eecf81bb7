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
import java.util.Optional;
import java.util.Set;
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
    private static final Pattern CAP = Pattern.compile(
            "^(.*?)[\\s\\u3000]*[(（][\\s\\u3000]*([0-9]+(?:\\.[0-9]{1,2})?)[\\s\\u3000]*分[\\s\\u3000]*[)）][\\s\\u3000]*$",
            Pattern.DOTALL);
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

    /** Columns of a table on the 报告信息 sheet, found by their headers in {@code headerRow}. */
    private Map<String, Integer> columns(GridCells s, int headerRow, List<Column> columns) {
        Map<String, Integer> found = new LinkedHashMap<>();
        for (Column c : columns) {
            int col = s.findInRow(headerRow, label -> headerMatches(label, c.header()));
            if (col < 0) {
                s.error(s.whereRow(headerRow), ImportText.HEADER_MISSING, c.header());
            } else {
                found.put(c.column(), col);
            }
        }
        return found.size() == columns.size() ? found : null;
    }

    private static String header(List<Column> columns, String column) {
        return columns.stream().filter(c -> c.column().equals(column)).findFirst().orElseThrow().header();
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

    private void readTable(GridCells s, int tableNo) {
        int before = issues.size();
        String no = Integer.toString(tableNo);
        boolean project = tableNo > 0;
        DataRow.Builder table = DataRow.builder().put("unit_code", unitCode).put("fiscal_year", fiscalYear)
                .put("table_no", no).put("kind", project ? "project" : "unit");
        Map<String, CellRef> tableCells = new HashMap<>();
        boolean anyValue = false;

        if (project) {
            int[] name = s.find(0, l -> l.equals(normalize(PROJECT_NAME)));
            if (name == null) {
                s.error(CellRef.sheet(file, s.name()), ImportText.SHEET_SHAPE, PROJECT_NAME);
                return;
            }
            anyValue |= labelled(s, table, tableCells, name, "project_name", PROJECT_NAME, false);
            anyValue |= labelled(s, table, tableCells, s.find(0, l -> l.startsWith("支出方向名称")), "spending_direction", SPENDING_DIRECTION, false);
            anyValue |= labelled(s, table, tableCells, s.find(0, l -> l.startsWith("项目总投资")), "total_investment", TOTAL_INVESTMENT, true);
            anyValue |= labelled(s, table, tableCells, s.find(0, l -> l.equals(normalize(INVESTMENT_APPROPRIATION))),
                    "investment_appropriation", INVESTMENT_APPROPRIATION, true);
            int[] period = s.find(0, l -> l.startsWith(PERIOD));
            if (period != null) {
                String label = s.label(period[0], period[1]);
                int colon = Math.max(label.indexOf('：'), label.indexOf(':'));
                String inline = colon >= 0 ? label.substring(colon + 1).strip() : "";
                CellRef at = s.where(period[0], period[1], PERIOD);
                if (!inline.isEmpty() && !inline.equals("……")) {
                    table.put("period", inline);
                    tableCells.put("period", at);
                    anyValue = true;
                } else {
                    anyValue |= labelled(s, table, tableCells, period, "period", PERIOD, false);
                }
            }
        }

        // 资金情况
        int[] fundsAt = s.find(0, l -> l.startsWith(FUNDS_HEADER));
        if (fundsAt == null) {
            s.error(CellRef.sheet(file, s.name()), ImportText.SHEET_SHAPE, FUNDS_HEADER);
            return;
        }
        int fundsHeader = fundsAt[0];
        Matcher weight = Pattern.compile("\\(([0-9]+(?:\\.[0-9]{1,2})?)分\\)").matcher(normalize(s.label(fundsAt[0], fundsAt[1])));
        if (weight.find()) {
            table.put("funds_weight", GridCells.plain(new java.math.BigDecimal(weight.group(1))));
            tableCells.put("funds_weight", s.where(fundsAt[0], fundsAt[1], FUNDS_HEADER));
        }
        Map<String, Integer> fundsCols = new LinkedHashMap<>();
        for (Column c : FUNDS_COLUMNS) {
            int col = s.findInRow(fundsHeader, l -> headerMatches(l, c.header()));
            if (col < 0) {
                s.error(s.whereRow(fundsHeader), ImportText.HEADER_MISSING, c.header());
            }
            fundsCols.put(c.column(), col);
        }
        int[] goalsAt = s.find(fundsHeader + 1, l -> l.equals(GOAL_EXPECTED));
        if (goalsAt == null) {
            s.error(CellRef.sheet(file, s.name()), ImportText.SHEET_SHAPE, GOAL_EXPECTED);
            return;
        }
        int goalsHeader = goalsAt[0];
        int achievedCol = s.findInRow(goalsHeader, l -> normalize(l).equals(GOAL_ACHIEVED));
        if (achievedCol < 0) {
            s.error(s.whereRow(goalsHeader), ImportText.HEADER_MISSING, GOAL_ACHIEVED);
        }
        int[] indicatorsAt = s.find(goalsHeader + 1, l -> l.equals("一级指标"));
        if (indicatorsAt == null) {
            s.error(CellRef.sheet(file, s.name()), ImportText.SHEET_SHAPE, "一级指标");
            return;
        }
        int indicatorHeader = indicatorsAt[0];
        Map<String, Integer> indicatorCols = new LinkedHashMap<>();
        for (Column c : INDICATOR_COLUMNS) {
            int col = s.findInRow(indicatorHeader, l -> headerMatches(l, c.header()));
            if (col < 0) {
                s.error(s.whereRow(indicatorHeader), ImportText.HEADER_MISSING, c.header());
            }
            indicatorCols.put(c.column(), col);
        }
        int[] totalAt = s.find(indicatorHeader + 1, l -> l.equals(TOTAL));
        if (totalAt == null) {
            s.error(CellRef.sheet(file, s.name()), ImportText.SHEET_SHAPE, TOTAL);
            return;
        }
        if (fundsCols.containsValue(-1) || indicatorCols.containsValue(-1) || achievedCol < 0) {
            return;
        }
        int totalRow = totalAt[0];

        // funds rows
        int labelCol = fundsAt[1];
        Map<String, BatchRow> funds = new LinkedHashMap<>();
        for (int r = fundsHeader + 1; r < goalsHeader; r++) {
            String label = s.label(r, labelCol);
            final int row = r;
            boolean blank = label.isBlank() && fundsCols.values().stream().allMatch(c -> s.label(row, c).isBlank());
            if (blank || normalize(label).equals(GOALS_BLOCK)) {
                continue;
            }
            Optional<String> kind = fundsRowKind(label);
            CellRef labelAt = s.where(r, labelCol, FUNDS_HEADER);
            if (kind.isEmpty()) {
                s.error(labelAt, ImportText.FUNDS_ROW_UNKNOWN, label.strip());
                continue;
            }
            if (funds.containsKey(kind.get())) {
                s.error(labelAt, ImportText.FUNDS_ROW_TWICE, label.strip());
                continue;
            }
            Map<String, CellRef> cells = new HashMap<>();
            fundsCols.forEach((column, c) -> cells.put(column, s.where(row, c, header(FUNDS_COLUMNS, column))));
            cells.put("row_kind", labelAt);
            cells.put("row_label", labelAt);
            DataRow f = DataRow.builder().put("unit_code", unitCode).put("fiscal_year", fiscalYear).put("table_no", no)
                    .put("row_kind", kind.get())
                    .put("row_label", fundsRowLabel(kind.get(), label))
                    .put("initial_budget", s.money(r, fundsCols.get("initial_budget"), "年初预算数", false))
                    .put("full_year_budget", s.money(r, fundsCols.get("full_year_budget"), "全年预算数", false))
                    .put("executed", s.money(r, fundsCols.get("executed"), "全年执行数", false))
                    .put("weight", s.points(r, fundsCols.get("weight"), "分值"))
                    .put("execution_rate_pct", s.percent(r, fundsCols.get("execution_rate_pct"), "执行率"))
                    .put("score", s.points(r, fundsCols.get("score"), "得分"))
                    .build();
            anyValue |= FUNDS_COLUMNS.stream().anyMatch(c -> f.get(c.column()) != null);
            funds.put(kind.get(), new BatchRow(DataFormat.FUNDS_ROWS, f, new RowOrigin(labelAt, cells)));
        }

        // goals
        List<BatchRow> goals = new ArrayList<>();
        int expectedCol = goalsAt[1];
        for (int r = goalsHeader + 1; r < indicatorHeader; r++) {
            String expected = s.text(r, expectedCol, GOAL_EXPECTED);
            String achieved = s.text(r, achievedCol, GOAL_ACHIEVED);
            if (expected == null && achieved == null) {
                continue;
            }
            Map<String, CellRef> cells = Map.of("expected", s.where(r, expectedCol, GOAL_EXPECTED),
                    "achieved", s.where(r, achievedCol, GOAL_ACHIEVED));
            goals.add(new BatchRow(DataFormat.GOALS, DataRow.builder().put("unit_code", unitCode).put("fiscal_year", fiscalYear)
                    .put("table_no", no).put("seq", Integer.toString(goals.size() + 1))
                    .put("expected", expected).put("achieved", achieved).build(),
                    new RowOrigin(cells.get("expected"), cells)));
        }

        // indicators
        List<BatchRow> indicators = new ArrayList<>();
        String level1 = null;
        String level2 = null;
        int level1Col = indicatorCols.get("level1");
        int level2Col = indicatorCols.get("level2");
        for (int r = indicatorHeader + 1; r < totalRow; r++) {
            final int row = r;
            boolean content = INDICATOR_COLUMNS.stream().skip(2)
                    .anyMatch(c -> !s.label(row, indicatorCols.get(c.column())).isBlank());
            // a blank 一级/二级指标 cell (a row the clerk added without merging) continues the one above
            String l1 = s.label(r, level1Col).isBlank() ? null : s.text(r, level1Col, "一级指标");
            if (l1 != null && !l1.equals(level1)) {
                level1 = l1;
                level2 = null;
            }
            String l2 = s.label(r, level2Col).isBlank() ? null : s.text(r, level2Col, "二级指标");
            if (l2 != null) {
                level2 = l2;
            }
            if (!content) {
                continue;
            }
            Map<String, CellRef> cells = new HashMap<>();
            indicatorCols.forEach((column, c) -> cells.put(column, s.where(row, c, header(INDICATOR_COLUMNS, column))));
            cells.put("level1_cap", cells.get("level1"));
            String name1 = null;
            String cap = null;
            if (level1 == null) {
                s.error(cells.get("level1"), ImportText.VALUE_REQUIRED);
            } else {
                Matcher m = CAP.matcher(level1);
                if (m.matches()) {
                    name1 = unwrap(m.group(1));
                    cap = GridCells.plain(new java.math.BigDecimal(m.group(2)));
                } else {
                    name1 = unwrap(level1);
                }
            }
            if (level2 == null) {
                s.error(cells.get("level2"), ImportText.VALUE_REQUIRED);
            }
            String level3 = s.text(r, indicatorCols.get("level3"), "三级指标");
            if (level3 == null) {
                s.error(cells.get("level3"), ImportText.VALUE_REQUIRED);
            }
            DataRow ind = DataRow.builder().put("unit_code", unitCode).put("fiscal_year", fiscalYear).put("table_no", no)
                    .put("seq", Integer.toString(indicators.size() + 1))
                    .put("level1", name1).put("level1_cap", cap).put("level2", level2).put("level3", level3)
                    .put("target", s.text(r, indicatorCols.get("target"), "年度指标值"))
                    .put("actual", s.text(r, indicatorCols.get("actual"), "实际完成值"))
                    .put("weight", s.points(r, indicatorCols.get("weight"), "分值"))
                    .put("score", s.points(r, indicatorCols.get("score"), "得分"))
                    .put("deviation_note", s.text(r, indicatorCols.get("deviation_note"), "偏差原因分析及改进措施"))
                    .build();
            indicators.add(new BatchRow(DataFormat.INDICATORS, ind, new RowOrigin(cells.get("level3"), cells)));
        }

        // 总分, 等级
        String totalWeight = s.points(totalRow, indicatorCols.get("weight"), TOTAL + " 分值");
        String totalScore = s.points(totalRow, indicatorCols.get("score"), TOTAL + " 得分");
        tableCells.put("total_weight", s.where(totalRow, indicatorCols.get("weight"), TOTAL + " 分值"));
        tableCells.put("total_score", s.where(totalRow, indicatorCols.get("score"), TOTAL + " 得分"));
        table.put("total_weight", totalWeight).put("total_score", totalScore);
        int gradeCol = s.findInRow(totalRow, l -> normalize(l).startsWith(GRADE));
        if (gradeCol >= 0) {
            String g = normalize(s.label(totalRow, gradeCol)).substring(GRADE.length()).replace(":", "");
            CellRef at = s.where(totalRow, gradeCol, GRADE);
            tableCells.put("grade", at);
            if (g.isEmpty()) {
                // no grade stated
            } else if (List.of("优", "良", "中", "差").contains(g)) {
                table.put("grade", g);
            } else {
                s.error(at, ImportText.NOT_ONE_OF, g, "优、良、中、差");
            }
        }
        anyValue |= totalWeight != null || totalScore != null || table.build().get("grade") != null
                || !goals.isEmpty() || !indicators.isEmpty();

        if (!anyValue && issues.size() == before) {
            issues.add(ImportIssue.note(CellRef.sheet(file, s.name()), ImportText.NOTE_EMPTY_TABLE_SKIPPED));
            return;
        }
        DataRow t = table.build();
        if (project && t.get("project_name") == null && tableCells.containsKey("project_name")) {
            s.error(tableCells.get("project_name"), ImportText.VALUE_REQUIRED);
        }
        add(DataFormat.EVAL_TABLES, t, new RowOrigin(s.where(totalRow, totalAt[1], TOTAL), tableCells));
        // the rows the sheet has, in its order: a row it leaves out is not stated, and none is made up for it
        rows.addAll(funds.values());
        rows.addAll(goals);
        rows.addAll(indicators);
    }

    /** A label without the line breaks a narrow cell wrapped it with ("效益指标\n（30 分）"). */
    private static String unwrap(String label) {
        return label.replaceAll("\\s*\\n\\s*", "").strip();
    }

    /** The value right of a label (after its merged range); true when there is one. */
    private boolean labelled(GridCells s, DataRow.Builder table, Map<String, CellRef> cells, int[] at, String column,
                             String label, boolean money) {
        if (at == null) {
            return false;
        }
        int col = s.lastColumnOf(at[0], at[1]) + 1;
        String value = money ? s.money(at[0], col, label, false) : s.text(at[0], col, label);
        cells.put(column, s.where(at[0], col, label));
        table.put(column, value);
        return value != null;
    }
}
