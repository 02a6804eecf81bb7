package com.perfdash.importer.recognize;

import static com.perfdash.importer.WorkbookLayout.normalize;

import com.perfdash.importer.BatchRow;
import com.perfdash.importer.CellRef;
import com.perfdash.importer.DataRow;
import com.perfdash.importer.ImportIssue;
import com.perfdash.importer.ImportText;
import com.perfdash.importer.RowOrigin;
import com.perfdash.importer.WorkbookLayout;
import com.perfdash.importer.grid.Grid;
import com.perfdash.importer.grid.GridCell;
import com.perfdash.importer.grid.Narrative;
import com.perfdash.importer.grid.StatedValue;
import com.perfdash.importer.grid.SourceDocument;
import com.perfdash.ingest.DataFormat;
import com.perfdash.ingest.FileSpec;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 自评表 as units print them: a title ("项目支出绩效自评表", "(2022年度)"), labelled head fields (项目名称,
 * 主管部门, 实施单位 or 部门名称), a funds block whose header row names its columns, the annual goals, the
 * indicator block under a header row and a closing 总分/合计 row. Blocks are found by their labels and
 * columns by their headers through the {@link SynonymTable}; columns may be missing or extra, 一级/二级
 * cells blank (continuing the one above), repeated or merged; a header row may be written again; a sheet
 * may hold several tables, each from its title on. Every figure keeps its cell.
 */
final class PrintedLayout {

    private static final Pattern TITLE = Pattern.compile("^.{0,40}自评表.{0,12}$");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)[0-9]{2})\\s*年度");
    private static final Pattern CAP = Pattern.compile("^(.*?)[(]?([0-9]+(?:\\.[0-9]{1,2})?)分?[)]$");
    private static final Pattern CODE_AND_NAME = Pattern.compile("^([0-9][0-9A-Za-z]*)-(.+)$");
    /** What a number cell holds when the report states nothing there. */
    private static final Set<String> NOTHING = Set.of("—", "——", "-", "－", "/", "／", "无", "\\", "…", "……");
    private static final List<String> LABELS = List.of("label.unit_name", "label.supervisor", "label.implementer",
            "label.project_name", "label.spending_direction", "label.total_investment", "label.investment_appropriation",
            "label.period");
    private static final List<String> AMOUNTS = List.of("funds.initial_budget", "funds.full_year_budget", "funds.executed");
    static final String DEFAULT_CATEGORY = com.perfdash.base.unit.UnitRef.UNCATEGORIZED;

    private final SourceDocument document;
    private final SynonymTable synonyms;
    private final String file;
    private final boolean spreadsheet;
    private final List<ImportIssue> issues = new ArrayList<>();
    private final Set<CellRef> noted = new LinkedHashSet<>();
    private final List<Recognition.Synonym> applied = new ArrayList<>();
    private final List<Recognition.Scheme> schemes = new ArrayList<>();
    private final List<Table> tables = new ArrayList<>();
    /** Header cells matched only once their bracketed tail was dropped: their columns' figures are to be confirmed. */
    private final Set<GridCell> partlyMatched = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final List<Recognition.Unread> unread = new ArrayList<>();
    private final Narrative narrative;
    /** Columns of reports.csv a document's running text states ({@link Narrative#reportFields()}). */
    private static final List<String> NARRATIVE_COLUMNS = List.of("income_total", "income_initial", "income_adjustment",
            "income_carryover", "income_other", "income_text", "expenditure_total", "expenditure_basic", "expenditure_project",
            "expenditure_balance", "expenditure_text", "initial_projects_adjustment", "initial_projects_actual",
            "initial_projects_carryover", "midyear_projects_budget", "midyear_projects_actual", "midyear_projects_carryover");

    PrintedLayout(SourceDocument document, Narrative narrative, SynonymTable synonyms) {
        this.document = document;
        this.narrative = narrative;
        this.synonyms = synonyms;
        this.file = document.file();
        this.spreadsheet = TemplateLayout.spreadsheet(document);
    }

    /** One table found: where it is, and what it says. */
    private static final class Table {
        GridCells s;
        int from;
        int to;
        boolean project;
        String title;
        CellRef titleAt;
        String year;
        CellRef yearAt;
        final Map<String, String> fields = new LinkedHashMap<>();
        final Map<String, CellRef> fieldCells = new LinkedHashMap<>();
        final List<Row> funds = new ArrayList<>();
        final List<Row> goals = new ArrayList<>();
        final List<Row> indicators = new ArrayList<>();
        final Map<String, String> table = new LinkedHashMap<>();
        final Map<String, CellRef> tableCells = new LinkedHashMap<>();
        String scheme;
        boolean declared;
    }

    private record Row(Map<String, String> values, Map<String, CellRef> cells, CellRef at, Set<String> doubtful) {
        Row(Map<String, String> values, Map<String, CellRef> cells, CellRef at) {
            this(values, cells, at, Set.of());
        }
    }

    /** The columns of {@code cols} whose header on {@code header} was matched only in part, by their column names. */
    private Set<String> doubtful(GridCells s, int header, Map<String, Integer> cols, String prefix) {
        Set<String> out = new LinkedHashSet<>();
        cols.forEach((field, c) -> {
            if (partlyMatched.contains(s.grid().at(header, c))) {
                out.add(field.substring(prefix.length()));
            }
        });
        return out;
    }

    private String text(String field) {
        StatedValue v = narrative.reportFields().get(field);
        return v == null ? null : v.value();
    }

    Recognition read() {
        for (Grid g : document.grids()) {
            GridCells s = new GridCells(g, file, spreadsheet, issues, noted);
            for (int[] range : segments(s)) {
                Table t = table(s, range[0], range[1]);
                if (t != null) {
                    tables.add(t);
                }
            }
            for (GridCell c : g.cells()) {
                if (!c.blank() && !s.used(c)) {
                    unread.add(new Recognition.Unread(s.where(c.row(), c.column(), null), c.text().strip()));
                }
            }
        }
        return new Recognition(file, "printed", rows(), applied, schemes, unread, issues);
    }

    // ---- finding the tables

    /** Row ranges [from, to) of the tables on a grid: each from its title row; the whole grid when it has none. */
    private List<int[]> segments(GridCells s) {
        List<Integer> starts = new ArrayList<>();
        for (int r = 0; r < s.rowCount(); r++) {
            for (GridCell c : s.grid().row(r)) {
                if (TITLE.matcher(normalize(c.text())).matches()) {
                    starts.add(r);
                    break;
                }
            }
        }
        if (starts.isEmpty()) {
            starts.add(0);
        }
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            out.add(new int[] {starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : s.rowCount()});
        }
        return out;
    }

    private Table table(GridCells s, int from, int to) {
        int fundsHeader = -1;
        for (int r = from; r < to && fundsHeader < 0; r++) {
            if (columns(s, r, AMOUNTS, false).size() >= 2) {
                fundsHeader = r;
            }
        }
        if (fundsHeader < 0) {
            return null;
        }
        Table t = new Table();
        t.s = s;
        t.from = from;
        t.to = to;
        head(t, fundsHeader);
        if (t.title == null && t.fields.containsKey("label.project_name")) {
            // a Word table whose title is a paragraph above it: a 项目名称 / 专项名称 row makes it a project table
            t.project = true;
        }
        int indicatorHeader = -1;
        for (int r = fundsHeader + 1; r < to && indicatorHeader < 0; r++) {
            if (columns(s, r, List.of("indicators.level3"), false).containsKey("indicators.level3")) {
                indicatorHeader = r;
            }
        }
        int goalsHeader = -1;
        for (int r = fundsHeader + 1; r < (indicatorHeader < 0 ? to : indicatorHeader) && goalsHeader < 0; r++) {
            if (columns(s, r, List.of("goals.expected"), false).containsKey("goals.expected")) {
                goalsHeader = r;
            }
        }
        int fundsEnd = goalsHeader >= 0 ? goalsHeader : indicatorHeader >= 0 ? indicatorHeader : to;
        funds(t, fundsHeader, fundsEnd);
        if (goalsHeader >= 0) {
            goals(t, goalsHeader, indicatorHeader >= 0 ? indicatorHeader : to, false);
        } else {
            // Sichuan's form states the year's goals above the funds block (项目年度目标 | 年度目标完成情况)
            for (int r = from; r < fundsHeader && goalsHeader < 0; r++) {
                if (columns(s, r, List.of("goals.expected"), false).containsKey("goals.expected")) {
                    goalsHeader = r;
                }
            }
            if (goalsHeader >= 0) {
                goals(t, goalsHeader, fundsHeader, true);
            }
        }
        if (indicatorHeader >= 0) {
            indicators(t, indicatorHeader);
        }
        scheme(t);
        return t;
    }

    /** The columns of a header row that the synonym table maps to {@code fields}: field → first column. */
    private Map<String, Integer> columns(GridCells s, int row, List<String> fields, boolean record) {
        Map<String, Integer> found = new LinkedHashMap<>();
        GridCell last = null;
        for (int c = 0; c < s.columnCount(); c++) {
            GridCell cell = s.grid().at(row, c);
            if (cell == null || cell == last) {
                continue;
            }
            last = cell;
            String f = synonyms.match(cell.text(), fields);
            if (f != null && found.containsKey(f) && synonyms.exact(cell.text(), f)
                    && !synonyms.exact(s.grid().at(row, found.get(f)).text(), f)) {
                // the first match was a block label holding the word ("年度预算申请(万元)" left of "年初预算数"):
                // the column is the one its header names exactly
                found.put(f, c);
                if (record) {
                    applied.removeIf(a -> a.field().equals(f));
                    applied(f, cell.text(), s.where(cell.row(), c, null));
                }
            } else if (f != null && !found.containsKey(f)) {
                found.put(f, c);
                if (record) {
                    applied(f, cell.text(), s.where(cell.row(), c, null));
                    if (!synonyms.exact(cell.text(), f)) {
                        partlyMatched.add(cell);
                    }
                }
            }
        }
        return found;
    }

    /**
     * Marks the block's own label as read: the cell left of a block's first mapped column on its header row
     * ("项目资金(万元)", "年度总体目标", "绩效指标"), which names the block the recognizer found.
     */
    private static void blockLabel(GridCells s, int header, Map<String, Integer> cols) {
        int first = cols.values().stream().mapToInt(Integer::intValue).min().orElse(0);
        GridCell label = s.grid().at(header, 0);
        if (label != null && label.lastColumn() < first) {
            s.use(label);
        }
    }

    private void applied(String field, String printed, CellRef where) {
        applied.add(new Recognition.Synonym(field, printed.strip(), where));
    }

    // ---- title and head fields

    private void head(Table t, int fundsHeader) {
        GridCells s = t.s;
        for (int r = t.from; r < fundsHeader; r++) {
            List<GridCell> cells = s.grid().row(r);
            for (int i = 0; i < cells.size(); i++) {
                GridCell c = cells.get(i);
                String text = normalize(c.text());
                if (t.title == null && TITLE.matcher(text).matches()) {
                    t.title = c.text().strip();
                    t.titleAt = c.source();
                    s.use(c);
                    t.project = !text.contains("整体");
                }
                Matcher y = YEAR.matcher(text);
                if (t.year == null && y.find()) {
                    t.year = y.group(1);
                    t.yearAt = c.source();
                    s.use(c);
                }
                String label = text;
                String inline = null;
                int colon = text.indexOf(':');
                if (colon > 0 && synonyms.match(text, LABELS) == null) {
                    label = text.substring(0, colon);
                    inline = c.text().substring(c.text().replace('：', ':').indexOf(':') + 1).strip();
                }
                String f = synonyms.match(label, LABELS);
                if (f == null || t.fields.containsKey(f)) {
                    continue;
                }
                String value = inline;
                CellRef at = c.source();
                if (value == null || value.isEmpty()) {
                    GridCell next = i + 1 < cells.size() ? cells.get(i + 1) : null;
                    if (next == null || synonyms.match(normalize(next.text()), LABELS) != null) {
                        continue;
                    }
                    value = next.text().strip();
                    at = next.source();
                    s.use(next);
                }
                if (!value.isEmpty()) {
                    s.use(c);
                    t.fields.put(f, value);
                    t.fieldCells.put(f, at);
                    applied(f, c.text(), c.source());
                }
            }
        }
    }

    // ---- funds

    private void funds(Table t, int header, int end) {
        GridCells s = t.s;
        Map<String, Integer> cols = columns(s, header, synonyms.fields("funds"), true);
        blockLabel(s, header, cols);
        int first = cols.values().stream().mapToInt(Integer::intValue).min().orElse(1);
        int labelCol = Math.max(0, first - 1);
        for (GridCell c : s.grid().row(header)) {
            Matcher m = TableLabels.POINTS.matcher(normalize(c.text()));
            if (m.find() && !t.table.containsKey("funds_weight")) {
                t.table.put("funds_weight", plain(new BigDecimal(m.group(1))));
                t.tableCells.put("funds_weight", c.source());
                s.use(c);
            }
        }
        // a block label left of the header ("预算执行情况(10分)") declares the weight too
        GridCell block = s.grid().at(header, 0);
        if (block != null && !t.table.containsKey("funds_weight")) {
            Matcher m = TableLabels.POINTS.matcher(normalize(block.text()));
            if (m.find()) {
                t.table.put("funds_weight", plain(new BigDecimal(m.group(1))));
                t.tableCells.put("funds_weight", block.source());
                s.use(block);
            }
        }
        GridCell unitLabel = s.grid().at(header, 0);
        if (unitLabel != null && normalize(unitLabel.text()).contains("(元)")) {
            issues.add(ImportIssue.error(unitLabel.source(), ImportText.AMOUNTS_IN_YUAN, unitLabel.text().strip()));
            return;
        }
        Map<String, int[]> pairs = pairs(s, header, cols);
        if (pairs != null) {
            fundsInPairs(t, header, end, pairs, cols);
            return;
        }
        for (int r = header + 1; r < end; r++) {
            GridCell labelCell = s.grid().at(r, labelCol);
            String printed = labelCell == null || labelCell.row() != r && labelCell.rowSpan() > 1 && labelCell.row() < header + 1
                    ? "" : labelCell.text().strip();
            final int row = r;
            boolean blank = printed.isEmpty() && cols.values().stream().allMatch(c -> s.label(row, c).isBlank());
            if (blank) {
                continue;
            }
            String kind = fundsKind(printed);
            CellRef labelAt = s.where(r, labelCol, null);
            if (kind == null) {
                if (t.funds.isEmpty()) {
                    continue; // a second header line of the block
                }
                break;
            }
            Map<String, String> v = new LinkedHashMap<>();
            Map<String, CellRef> cells = new LinkedHashMap<>();
            labelled(v, cells, kind, printed, labelAt);
            for (Map.Entry<String, Integer> e : cols.entrySet()) {
                String column = e.getKey().substring("funds.".length());
                CellRef at = s.where(r, e.getValue(), s.label(header, e.getValue()).strip());
                cells.put(column, at);
                String value = switch (column) {
                    case "weight", "score" -> number(s, r, e.getValue(), at, ImportText.NOT_POINTS, 2, "分");
                    case "execution_rate_pct" -> percent(s, r, e.getValue(), at);
                    default -> number(s, r, e.getValue(), at, ImportText.NOT_MONEY, 4, "万元", "万", "元");
                };
                v.put(column, value);
            }
            t.funds.add(new Row(v, cells, labelAt, doubtful(s, header, cols, "funds.")));
        }
    }

    /**
     * The amount columns of a funds block written as label / value pairs along each row (Hebei's form:
     * 预算数 | 6.84 | 到位数 | 6.84 | 执行数 | 6.84, then 其中:财政资金 | 6.84 | … and 其他 | 0.00 | … below):
     * field → {label column, value column}, where every amount label on the header row has a number in the
     * cell right of it; null for the usual block, whose header row holds no values.
     */
    private static Map<String, int[]> pairs(GridCells s, int header, Map<String, Integer> cols) {
        Map<String, int[]> pairs = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : cols.entrySet()) {
            if (!AMOUNTS.contains(e.getKey())) {
                continue;
            }
            int valueCol = s.lastColumnOf(header, e.getValue()) + 1;
            GridCell value = valueCol < s.columnCount() ? s.grid().at(header, valueCol) : null;
            if (value == null || value.row() != header
                    || !GridCells.NUMBER.matcher(value.text().replaceAll("[\\s\\u3000,，]", "")).matches()) {
                return null;
            }
            pairs.put(e.getKey(), new int[] {e.getValue(), valueCol});
        }
        return pairs.size() >= 2 ? pairs : null;
    }

    /**
     * The funds rows of a block in label / value pairs ({@link #pairs}): the header row states the totals,
     * each row below a part (its label left of each value: 其中:财政资金, 其他), up to the first row whose
     * label names no funds row. A pair the model has no column for (Hebei's 到位数) stays unread.
     */
    private void fundsInPairs(Table t, int header, int end, Map<String, int[]> pairs, Map<String, Integer> cols) {
        GridCells s = t.s;
        int labelCol = pairs.values().iterator().next()[0];
        for (int r = header; r < end; r++) {
            GridCell labelCell = s.grid().at(r, labelCol);
            if (labelCell == null || labelCell.row() != r) {
                break;
            }
            String printed = labelCell.text().strip();
            String kind = r == header ? "total" : fundsKind(printed);
            if (kind == null) {
                break;
            }
            CellRef labelAt = s.where(r, labelCol, null);
            Map<String, String> v = new LinkedHashMap<>();
            Map<String, CellRef> cells = new LinkedHashMap<>();
            labelled(v, cells, kind, printed, labelAt);
            for (Map.Entry<String, int[]> e : pairs.entrySet()) {
                String column = e.getKey().substring("funds.".length());
                s.use(s.grid().at(r, e.getValue()[0]));
                CellRef at = s.where(r, e.getValue()[1], s.label(header, e.getValue()[0]).strip());
                cells.put(column, at);
                v.put(column, number(s, r, e.getValue()[1], at, ImportText.NOT_MONEY, 4, "万元", "万", "元"));
            }
            t.funds.add(new Row(v, cells, labelAt, doubtful(s, header, cols, "funds.")));
        }
    }

    /** A funds row's kind and its label as printed, both found at the label's cell. */
    private static void labelled(Map<String, String> v, Map<String, CellRef> cells, String kind, String printed, CellRef labelAt) {
        v.put("row_kind", kind);
        v.put("row_label", printed);
        cells.put("row_kind", labelAt);
        cells.put("row_label", labelAt);
    }

    /** The kind of a funds row from its printed label: "其中:本年财政拨款" → appropriation. */
    private String fundsKind(String printed) {
        return synonyms.fundsRowKind(printed);
    }

    // ---- goals

    /**
     * The goals under their header row, up to {@code end}. Above the funds block ({@code above}) they end too
     * where the item left of the goals starts another ("2.项目实施内容及过程概述" after "1.项目年度目标完成情况").
     */
    private void goals(Table t, int header, int end, boolean above) {
        GridCells s = t.s;
        Map<String, Integer> cols = columns(s, header, List.of("goals.expected", "goals.achieved"), true);
        blockLabel(s, header, cols);
        Integer e = cols.get("goals.expected");
        Integer a = cols.get("goals.achieved");
        GridCell item = e == null || e == 0 ? null : s.grid().at(header, e - 1);
        for (int r = header + 1; r < end; r++) {
            GridCell left = e == null || e == 0 ? null : s.grid().at(r, e - 1);
            if (above && left != null && left != item && !left.blank()) {
                break;
            }
            if (above && item != null) {
                s.use(item);
            }
            GridCell first = s.grid().row(r).stream().findFirst().orElse(null);
            if (first != null && first.column() == 0 && normalize(first.text()).startsWith("绩效指标")) {
                break; // the first line of a two-line indicator header
            }
            String expected = e == null ? null : cellText(s, r, e, header);
            String achieved = a == null ? null : cellText(s, r, a, header);
            if (expected == null && achieved == null) {
                continue;
            }
            Map<String, String> v = new LinkedHashMap<>();
            v.put("expected", expected);
            v.put("achieved", achieved);
            Map<String, CellRef> cells = new LinkedHashMap<>();
            if (e != null) {
                cells.put("expected", s.where(r, e, null));
            }
            if (a != null) {
                cells.put("achieved", s.where(r, a, null));
            }
            t.goals.add(new Row(v, cells, cells.values().iterator().next()));
        }
    }

    /** The text of a cell anchored on {@code row} (not one merged down from above), or null. */
    private static String cellText(GridCells s, int row, int col, int header) {
        GridCell c = s.grid().at(row, col);
        if (c == null || c.row() != row) {
            return null;
        }
        String t = s.text(row, col, null);
        return t == null || t.isBlank() ? null : t;
    }

    // ---- indicators

    private void indicators(Table t, int header) {
        GridCells s = t.s;
        Map<String, Integer> cols = columns(s, header, synonyms.fields("indicators"), true);
        blockLabel(s, header, cols);
        for (GridCell c : s.grid().row(header)) {
            Matcher m = TableLabels.POINTS.matcher(normalize(c.text()));
            if (m.find() && normalize(c.text()).startsWith("绩效指标")) {
                t.table.put("indicators_weight", plain(new BigDecimal(m.group(1))));
                s.use(c);
            }
        }
        GridCell block = s.grid().at(header, 0);
        if (block != null && normalize(block.text()).startsWith("绩效指标")) {
            Matcher m = TableLabels.POINTS.matcher(normalize(block.text()));
            if (m.find()) {
                t.table.put("indicators_weight", plain(new BigDecimal(m.group(1))));
                s.use(block);
            }
        }
        Integer l1 = cols.get("indicators.level1");
        Integer l2 = cols.get("indicators.level2");
        int l3 = cols.get("indicators.level3");
        String level1 = null;
        String cap = null;
        String level2 = null;
        int r = header + 1;
        for (; r < t.to; r++) {
            GridCell first = s.grid().row(r).stream().findFirst().orElse(null);
            GridCell at3 = s.grid().at(r, l3);
            if (first == null && at3 == null) {
                continue;
            }
            String firstText = first == null ? "" : normalize(first.text());
            if (first != null && first.column() <= (l1 == null ? l3 : l1) && first.lastColumn() >= l3
                    && synonyms.match(firstText, List.of("total.label")) != null) {
                s.use(first);
                total(t, r, cols);
                r++;
                break;
            }
            if (at3 != null && at3.column() < l3 && at3.lastColumn() >= l3 && at3.column() <= (l1 == null ? 0 : l1)) {
                break; // a wide cell: the table's closing texts
            }
            if (at3 != null && synonyms.match(at3.text(), List.of("indicators.level3")) != null) {
                for (int c : columns(s, r, synonyms.fields("indicators"), false).values()) {
                    s.use(s.grid().at(r, c));
                }
                continue; // the header written again
            }
            if (l1 != null) {
                String v = s.label(r, l1).strip();
                GridCell c1 = s.grid().at(r, l1);
                if (!v.isEmpty() && c1 != null && !(c1.rowSpan() > 1 && c1.row() < r && v.equals(level1 == null ? "" : level1))) {
                    String unwrapped = normalize(v);
                    if (synonyms.match(unwrapped, List.of("indicators.level1")) == null && !unwrapped.startsWith("绩效指标")) {
                        Matcher m = CAP.matcher(unwrapped);
                        String name = m.matches() && (unwrapped.contains("(") || unwrapped.endsWith("分)")) ? m.group(1) : unwrapped;
                        String newCap = m.matches() && (unwrapped.contains("(") || unwrapped.endsWith("分)"))
                                ? plain(new BigDecimal(m.group(2))) : null;
                        if (!name.equals(level1)) {
                            level2 = null;
                        }
                        if (!name.equals(level1) || newCap != null) {
                            cap = newCap;
                        }
                        level1 = name;
                    }
                }
            }
            if (l2 != null) {
                String v = s.label(r, l2).strip();
                if (!v.isEmpty() && synonyms.match(v, List.of("indicators.level2")) == null) {
                    level2 = TableLabels.unwrap(v);
                }
            }
            final int row = r;
            String level3 = at3 == null || at3.row() != r ? null : s.text(r, l3, null);
            boolean content = cols.entrySet().stream()
                    .filter(e -> !e.getKey().equals("indicators.level1") && !e.getKey().equals("indicators.level2"))
                    .anyMatch(e -> { GridCell c = s.grid().at(row, e.getValue()); return c != null && c.row() == row && !c.blank(); });
            if (!content) {
                continue;
            }
            Map<String, String> v = new LinkedHashMap<>();
            Map<String, CellRef> cells = new LinkedHashMap<>();
            v.put("level1", level1);
            v.put("level1_cap", cap);
            v.put("level2", level2);
            v.put("level3", level3 == null ? null : level3.strip());
            if (l1 != null) {
                cells.put("level1", s.where(r, l1, null));
                cells.put("level1_cap", s.where(r, l1, null));
            }
            if (l2 != null) {
                cells.put("level2", s.where(r, l2, null));
            }
            cells.put("level3", s.where(r, l3, null));
            StringBuilder target = new StringBuilder();
            for (String part : List.of("indicators.target_sign", "indicators.target", "indicators.target_unit")) {
                Integer c = cols.get(part);
                if (c != null) {
                    String x = cellText(s, r, c, header);
                    if (x != null) {
                        target.append(x.strip());
                    }
                }
            }
            Integer tc = cols.get("indicators.target");
            if (tc != null) {
                cells.put("target", s.where(r, tc, null));
            }
            v.put("target", target.isEmpty() ? null : target.toString());
            Integer ac = cols.get("indicators.actual");
            if (ac != null) {
                v.put("actual", cellText(s, r, ac, header));
                cells.put("actual", s.where(r, ac, null));
            }
            Integer wc = cols.get("indicators.weight");
            if (wc != null) {
                CellRef at = s.where(r, wc, null);
                v.put("weight", number(s, r, wc, at, ImportText.NOT_POINTS, 2, "分"));
                cells.put("weight", at);
            }
            Integer sc = cols.get("indicators.score");
            if (sc != null) {
                CellRef at = s.where(r, sc, null);
                v.put("score", number(s, r, sc, at, ImportText.NOT_POINTS, 2, "分"));
                cells.put("score", at);
            }
            Integer dc = cols.get("indicators.deviation_note");
            if (dc != null) {
                v.put("deviation_note", cellText(s, r, dc, header));
                cells.put("deviation_note", s.where(r, dc, null));
            }
            t.indicators.add(new Row(v, cells, cells.get("level3"), doubtful(s, header, cols, "indicators.")));
        }
    }

    private void total(Table t, int r, Map<String, Integer> cols) {
        GridCells s = t.s;
        Integer wc = cols.get("indicators.weight");
        Integer sc = cols.get("indicators.score");
        if (wc != null && s.grid().at(r, wc) != null && s.grid().at(r, wc).column() == wc) {
            CellRef at = s.where(r, wc, null);
            t.table.put("total_weight", number(s, r, wc, at, ImportText.NOT_POINTS, 2, "分"));
            t.tableCells.put("total_weight", at);
        }
        if (sc != null && s.grid().at(r, sc) != null && s.grid().at(r, sc).column() == sc) {
            CellRef at = s.where(r, sc, null);
            t.table.put("total_score", number(s, r, sc, at, ImportText.NOT_POINTS, 2, "分"));
            t.tableCells.put("total_score", at);
        }
        for (int row = r; row <= Math.min(r + 1, t.to - 1); row++) {
            for (GridCell c : s.grid().row(row)) {
                String g = normalize(c.text());
                int i = g.indexOf(WorkbookLayout.GRADE);
                if (i >= 0) {
                    String grade = g.substring(i + WorkbookLayout.GRADE.length()).replace(":", "");
                    if (TableLabels.GRADES.contains(grade)) {
                        t.table.put("grade", grade);
                        t.tableCells.put("grade", c.source());
                        s.use(c);
                    }
                }
            }
        }
    }

    private void scheme(Table t) {
        String funds = t.table.get("funds_weight");
        if (funds == null) {
            funds = t.funds.stream().filter(f -> "total".equals(f.values().get("row_kind")))
                    .map(f -> f.values().get("weight")).filter(w -> w != null).findFirst().orElse(null);
        }
        List<String> caps = new ArrayList<>();
        String last = null;
        for (Row i : t.indicators) {
            String l1 = i.values().get("level1");
            String cap = i.values().get("level1_cap");
            if (cap != null && !(l1 + cap).equals(last)) {
                caps.add(cap);
                last = l1 + cap;
            }
        }
        if (!caps.isEmpty()) {
            t.scheme = (funds == null ? "" : funds + "/") + String.join("/", caps);
            t.declared = true;
        } else if (t.table.containsKey("indicators_weight")) {
            t.scheme = (funds == null ? "" : funds + "+") + t.table.get("indicators_weight");
            t.declared = true;
        }
    }

    // ---- values

    /** A number as stated: the cell's exact value, or its text without a unit; null when nothing is stated. */
    private String number(GridCells s, int row, int col, CellRef at, ImportText wrong, int decimals, String... units) {
        GridCell c = s.grid().at(row, col);
        if (c == null || c.row() != row && c.rowSpan() > 1) {
            return null;
        }
        String text = s.text(row, col, null);
        if (text == null) {
            return null;
        }
        BigDecimal v = c.value();
        if (v == null && wrong == ImportText.NOT_MONEY) {
            com.perfdash.importer.Amounts.Amount a = com.perfdash.importer.Amounts.parse(text);
            if (!a.ok()) {
                issues.add(ImportIssue.error(at, wrong, text));
                return null;
            }
            v = a.value();
            if (v == null) {
                return null;
            }
        }
        if (v == null) {
            String t = text.replaceAll("[\\s\\u3000,，]", "");
            if (NOTHING.contains(t)) {
                return null;
            }
            for (String u : units) {
                if (t.endsWith(u)) {
                    t = t.substring(0, t.length() - u.length());
                    break;
                }
            }
            if (!GridCells.NUMBER.matcher(t).matches()) {
                issues.add(ImportIssue.error(at, wrong, text));
                return null;
            }
            v = new BigDecimal(t.startsWith("+") ? t.substring(1) : t);
        }
        if (v.stripTrailingZeros().scale() > decimals) {
            issues.add(ImportIssue.error(at, wrong, v.stripTrailingZeros().toPlainString()));
            return null;
        }
        return plain(v);
    }

    /** A percent as stated: "99%", "100.00%", a cell shown as a percentage, or a plain number (as printed). */
    private String percent(GridCells s, int row, int col, CellRef at) {
        GridCell c = s.grid().at(row, col);
        if (c == null || c.row() != row && c.rowSpan() > 1) {
            return null;
        }
        String text = s.text(row, col, null);
        if (text == null) {
            return null;
        }
        String t = text.replaceAll("[\\s\\u3000,]", "");
        if (NOTHING.contains(t)) {
            return null;
        }
        BigDecimal v;
        if (c.value() != null) {
            v = t.endsWith("%") ? c.value().multiply(BigDecimal.valueOf(100)) : c.value();
        } else {
            t = t.replace("％", "%");
            if (t.endsWith("%")) {
                t = t.substring(0, t.length() - 1);
            }
            if (!GridCells.NUMBER.matcher(t).matches()) {
                issues.add(ImportIssue.error(at, ImportText.NOT_PERCENT, text));
                return null;
            }
            v = new BigDecimal(t);
        }
        return plain(v.setScale(Math.min(4, Math.max(0, v.stripTrailingZeros().scale())), java.math.RoundingMode.HALF_UP));
    }

    static String plain(BigDecimal v) {
        return GridCells.plain(v);
    }

    // ---- the rows of the data format

    private List<BatchRow> rows() {
        List<BatchRow> out = new ArrayList<>();
        Map<String, Integer> projectNo = new LinkedHashMap<>();
        Set<String> reports = new LinkedHashSet<>();
        Set<String> units = new LinkedHashSet<>();
        for (Table t : tables) {
            CellRef sheet = CellRef.sheet(file, t.s.name());
            String unitName = t.fields.getOrDefault("label.unit_name",
                    t.fields.getOrDefault("label.implementer", t.fields.get("label.supervisor")));
            CellRef unitAt = t.fieldCells.getOrDefault("label.unit_name",
                    t.fieldCells.getOrDefault("label.implementer", t.fieldCells.getOrDefault("label.supervisor", sheet)));
            if (unitName == null) {
                issues.add(ImportIssue.error(sheet, ImportText.FIELD_MISSING, "部门名称 / 实施单位 / 主管部门"));
                continue;
            }
            String code = null;
            Matcher m = CODE_AND_NAME.matcher(unitName);
            if (m.matches()) {
                code = m.group(1);
                unitName = m.group(2).strip();
            }
            if (code == null) {
                code = derivedCode(unitName);
                issues.add(ImportIssue.note(unitAt, ImportText.NOTE_UNIT_CODE_DERIVED, unitName, code));
            }
            if (t.year == null && narrative.reportFields().containsKey("fiscal_year")) {
                // a document's table whose title stands above it as a paragraph: the year its text states
                t.year = narrative.reportFields().get("fiscal_year").value();
                t.yearAt = narrative.reportFields().get("fiscal_year").source();
            }
            if (t.year == null) {
                issues.add(ImportIssue.error(t.titleAt == null ? sheet : t.titleAt, ImportText.YEAR_NOT_STATED));
                continue;
            }
            issues.add(ImportIssue.note(t.yearAt, ImportText.NOTE_YEAR_FROM_TEXT, t.year));
            String year = t.year;
            if (units.add(code)) {
                Map<String, CellRef> cells = Map.of("unit_code", unitAt, "unit_name", unitAt);
                out.add(new BatchRow(DataFormat.UNITS, DataRow.builder().put("unit_code", code).put("unit_name", unitName)
                        .put("category", DEFAULT_CATEGORY).build(), new RowOrigin(unitAt, cells)));
                issues.add(ImportIssue.note(unitAt, ImportText.NOTE_CATEGORY_DEFAULT, DEFAULT_CATEGORY));
            }
            String key = code + " " + year;
            if (reports.add(key)) {
                Map<String, CellRef> cells = new LinkedHashMap<>();
                Set<String> loose = new LinkedHashSet<>();
                cells.put("unit_code", unitAt);
                cells.put("fiscal_year", t.yearAt);
                if (t.titleAt != null) {
                    cells.put("title", t.titleAt);
                }
                DataRow.Builder report = DataRow.builder().put("unit_code", code).put("fiscal_year", year)
                        .put("title", t.title != null ? t.title : text("title")).put("source_kind", "real").put("source_file", file);
                if (t.title == null && narrative.reportFields().containsKey("title")) {
                    cells.put("title", narrative.reportFields().get("title").source());
                }
                // a document's running text: the budget sentences' figures, each with its paragraph
                for (String column : NARRATIVE_COLUMNS) {
                    StatedValue v = narrative.reportFields().get(column);
                    if (v != null) {
                        report.put(column, v.value());
                        cells.put(column, v.source());
                        if (v.lowConfidence()) {
                            loose.add(column);
                        }
                    }
                }
                out.add(new BatchRow(DataFormat.REPORTS, report.build(), new RowOrigin(unitAt, cells, loose)));
                for (Narrative.Text x : narrative.texts()) {
                    out.add(new BatchRow(DataFormat.REPORT_TEXTS, DataRow.builder().put("unit_code", code).put("fiscal_year", year)
                            .put("section", x.section()).put("seq", Integer.toString(x.seq())).put("body", x.body()).build(),
                            new RowOrigin(x.source(), Map.of("body", x.source()))));
                }
                for (Narrative.Project pr : narrative.projects()) {
                    Map<String, CellRef> at = new LinkedHashMap<>();
                    Set<String> guessed = new LinkedHashSet<>();
                    at.put("project_name", pr.source());
                    DataRow.Builder row = DataRow.builder().put("unit_code", code).put("fiscal_year", year)
                            .put("seq", Integer.toString(pr.seq())).put("project_name", pr.name()).put("kind", pr.kind())
                            .put("purpose", pr.purpose());
                    for (var e : Map.of("budget", java.util.Optional.ofNullable(pr.budget()), "actual", java.util.Optional.ofNullable(pr.actual()),
                            "carryover", java.util.Optional.ofNullable(pr.carryover())).entrySet()) {
                        e.getValue().ifPresent(v -> {
                            row.put(e.getKey(), v.value());
                            at.put(e.getKey(), v.source());
                            if (v.lowConfidence()) {
                                guessed.add(e.getKey());
                            }
                        });
                    }
                    out.add(new BatchRow(DataFormat.PROJECTS, row.build(), new RowOrigin(pr.source(), at, guessed)));
                }
            }
            int no = t.project ? projectNo.merge(key, 1, Integer::sum) : 0;
            String tableNo = Integer.toString(no);
            Map<String, String> table = new LinkedHashMap<>();
            table.put("unit_code", code);
            table.put("fiscal_year", year);
            table.put("table_no", tableNo);
            table.put("kind", t.project ? "project" : "unit");
            Map<String, CellRef> tableCells = new LinkedHashMap<>(t.tableCells);
            if (t.project) {
                table.put("project_name", t.fields.get("label.project_name"));
                tableCells.put("project_name", t.fieldCells.getOrDefault("label.project_name", sheet));
                table.put("spending_direction", t.fields.get("label.spending_direction"));
                table.put("period", t.fields.get("label.period"));
                // 项目总投资 and its 其中:财政拨款, amounts in 万元 as printed ("4.15", "4.15万元")
                for (String[] head : new String[][] {{"label.total_investment", "total_investment", "项目总投资"},
                        {"label.investment_appropriation", "investment_appropriation", "项目总投资中财政拨款"}}) {
                    String printed = t.fields.get(head[0]);
                    if (printed == null) {
                        continue;
                    }
                    CellRef at = t.fieldCells.get(head[0]);
                    com.perfdash.importer.Amounts.Amount a = com.perfdash.importer.Amounts.parse(printed);
                    if (!a.ok() || a.value() != null && a.value().stripTrailingZeros().scale() > 4) {
                        issues.add(ImportIssue.note(at, ImportText.NOTE_HEAD_AMOUNT_NOT_READ, head[2], printed));
                    } else if (a.value() != null) {
                        table.put(head[1], plain(a.value()));
                        tableCells.put(head[1], at);
                    }
                }
                if (t.fields.get("label.project_name") == null) {
                    issues.add(ImportIssue.error(sheet, ImportText.FIELD_MISSING, "项目名称"));
                }
            }
            for (String c : List.of("funds_weight", "total_weight", "total_score", "grade")) {
                table.put(c, t.table.get(c));
            }
            out.add(new BatchRow(DataFormat.EVAL_TABLES, new DataRow(table), new RowOrigin(t.titleAt == null ? sheet : t.titleAt, tableCells)));
            schemes.add(new Recognition.Scheme(code, year, no, t.scheme, t.declared));
            add(out, DataFormat.FUNDS_ROWS, t.funds, code, year, tableNo, false);
            add(out, DataFormat.GOALS, t.goals, code, year, tableNo, true);
            add(out, DataFormat.INDICATORS, t.indicators, code, year, tableNo, true);
        }
        return out;
    }

    private static void add(List<BatchRow> out, FileSpec spec, List<Row> rows, String code, String year, String tableNo,
                            boolean seq) {
        int n = 0;
        for (Row r : rows) {
            Map<String, String> v = new LinkedHashMap<>();
            v.put("unit_code", code);
            v.put("fiscal_year", year);
            v.put("table_no", tableNo);
            if (seq) {
                v.put("seq", Integer.toString(++n));
            }
            v.putAll(r.values());
            out.add(new BatchRow(spec, new DataRow(v), new RowOrigin(r.at(), r.cells(), r.doubtful())));
        }
    }

    /**
     * A unit code for a report that prints none: {@code u-} and the first 10 hex digits of the SHA-256 of
     * the unit's name as printed, so the same name always gives the same code.
     */
    static String derivedCode(String unitName) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(normalize(unitName).getBytes(StandardCharsets.UTF_8));
            return "u-" + HexFormat.of().formatHex(d).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
