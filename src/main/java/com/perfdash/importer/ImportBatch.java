package com.perfdash.importer;

import com.perfdash.ingest.ColumnSpec;
import com.perfdash.ingest.ColumnType;
import com.perfdash.ingest.DataFormat;
import com.perfdash.ingest.FileSpec;
import com.perfdash.ingest.LoadProblem;
import com.perfdash.security.DataScope;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The rows of every uploaded file of one import, gathered into the eight files of one import batch.
 * It checks what only the whole batch shows (a unit-year twice, a unit declared two ways, negative
 * amounts), writes the files, and maps a problem the loader reports in them back to the uploaded
 * file, sheet, row and column the row came from.
 */
final class ImportBatch {

    /** Amounts that may be negative: they are changes (a budget may be cut mid-year). */
    static final Set<String> SIGNED_MONEY = Set.of("income_adjustment", "initial_projects_adjustment");

    private final Map<FileSpec, List<BatchRow>> rows = new LinkedHashMap<>();

    ImportBatch() {
        DataFormat.FILES.forEach(f -> rows.put(f, new ArrayList<>()));
    }

    /** Adds a file's rows; a unit declared identically again (several years of one unit) is kept once. */
    void add(SourceRows source) {
        for (BatchRow r : source.rows()) {
            if (r.spec() == DataFormat.UNITS && rows.get(DataFormat.UNITS).stream().anyMatch(u -> u.row().equals(r.row()))) {
                continue;
            }
            rows.get(r.spec()).add(r);
        }
    }

    /**
     * A unit a file declares without a category (recorded as 未分类: reports do not state one) keeps the
     * category it is loaded with, so an import never clears what finance set on the unit page.
     */
    void keepLoadedCategories(Map<String, UnitDeclaration> loaded) {
        List<BatchRow> units = rows.get(DataFormat.UNITS);
        for (int i = 0; i < units.size(); i++) {
            BatchRow r = units.get(i);
            UnitDeclaration now = loaded.get(r.row().get("unit_code"));
            if (now != null && UNCATEGORIZED.equals(r.row().get("category")) && now.category() != null
                    && !UNCATEGORIZED.equals(now.category())) {
                Map<String, String> values = new LinkedHashMap<>(r.row().values());
                values.put("category", now.category());
                units.set(i, new BatchRow(r.spec(), new DataRow(values), r.origin()));
            }
        }
    }

    private static final String UNCATEGORIZED = com.perfdash.base.unit.UnitRef.UNCATEGORIZED;

    List<BatchRow> rows(FileSpec spec) {
        return rows.get(spec);
    }

    int reportCount() {
        return rows.get(DataFormat.REPORTS).size();
    }

    /** Problems of the batch as a whole; empty when it may go to the loader. */
    List<ImportIssue> check() {
        List<ImportIssue> issues = new ArrayList<>();
        Map<String, BatchRow> units = new HashMap<>();
        for (BatchRow u : rows.get(DataFormat.UNITS)) {
            String code = u.row().get("unit_code");
            BatchRow first = units.putIfAbsent(code == null ? "" : code, u);
            if (first != null && code != null) {
                issues.add(ImportIssue.error(u.origin().cell("unit_code"), ImportText.UNIT_CONFLICT, code, describe(first.origin().cell("unit_code"))));
            }
        }
        Map<String, BatchRow> reports = new HashMap<>();
        for (BatchRow r : rows.get(DataFormat.REPORTS)) {
            String code = r.row().get("unit_code");
            String year = r.row().get("fiscal_year");
            if (code == null || year == null) {
                continue;
            }
            BatchRow first = reports.putIfAbsent(code + " " + year, r);
            if (first != null) {
                issues.add(ImportIssue.error(r.origin().cell("fiscal_year"), ImportText.REPORT_TWICE, code, year,
                        describe(first.origin().cell("fiscal_year"))));
            }
        }
        // the key's year is read as a number before the loader sees the batch: check it first, at its cell
        for (FileSpec spec : DataFormat.FILES) {
            for (BatchRow r : rows.get(spec)) {
                String year = r.row().get("fiscal_year");
                if (year != null && !isYear(year)) {
                    issues.add(ImportIssue.error(r.origin().cell("fiscal_year"), ImportText.NOT_A_YEAR, year));
                }
            }
        }
        for (FileSpec spec : DataFormat.FILES) {
            for (ColumnSpec c : spec.columns()) {
                if (c.type() != ColumnType.MONEY || SIGNED_MONEY.contains(c.name())) {
                    continue;
                }
                for (BatchRow r : rows.get(spec)) {
                    String v = r.row().get(c.name());
                    if (v != null && v.matches(c.type().pattern()) && new BigDecimal(v).signum() < 0) {
                        issues.add(ImportIssue.error(r.origin().cell(c.name()), ImportText.NEGATIVE_MONEY, v));
                    }
                }
            }
        }
        return issues;
    }

    /** A fiscal year as the format writes it: four digits, 2000–2100. */
    static boolean isYear(String value) {
        if (!value.matches("\\d{4}")) {
            return false;
        }
        int y = Integer.parseInt(value);
        return y >= 2000 && y <= 2100;
    }

    /** The unit codes the batch declares (units.csv rows, a workbook's 报告信息), in batch order. */
    List<String> declaredUnits() {
        return rows.get(DataFormat.UNITS).stream().map(u -> u.row().get("unit_code")).filter(Objects::nonNull).distinct().toList();
    }

    /**
     * What a user of {@code scope} may not import. A unit user may import its own unit's reports only,
     * and may declare only its own unit, as it exists: not another unit, not a new one (creating units
     * is for finance and administrators), and not its category. {@code loaded} holds the units as
     * loaded now, by code. Users of every unit (finance, admin) may declare any unit.
     */
    List<ImportIssue> checkScope(DataScope scope, Map<String, UnitDeclaration> loaded) {
        List<ImportIssue> issues = new ArrayList<>();
        Set<String> refusedReports = new java.util.HashSet<>();
        for (BatchRow r : rows.get(DataFormat.REPORTS)) {
            String code = r.row().get("unit_code");
            if (code != null && !scope.allows(code)) {
                refusedReports.add(code);
                issues.add(ImportIssue.error(r.origin().cell("unit_code"), ImportText.UNIT_NOT_IN_SCOPE, code, scope.unitCode()));
            }
        }
        if (scope.allUnits()) {
            return issues;
        }
        for (BatchRow u : rows.get(DataFormat.UNITS)) {
            String code = u.row().get("unit_code");
            if (code == null || refusedReports.contains(code)) {
                continue; // (the report's message already says that this is another unit)
            }
            UnitDeclaration now = loaded.get(code);
            if (!scope.allows(code)) {
                issues.add(ImportIssue.error(u.origin().cell("unit_code"), ImportText.UNIT_DECLARATION_NOT_IN_SCOPE, code, scope.unitCode()));
            } else if (now == null) {
                issues.add(ImportIssue.error(u.origin().cell("unit_code"), ImportText.UNIT_CREATION_NOT_ALLOWED, code));
            } else if (!Objects.equals(now.category(), u.row().get("category"))) {
                issues.add(ImportIssue.error(u.origin().cell("category"), ImportText.UNIT_CATEGORY_CHANGE_NOT_ALLOWED,
                        String.valueOf(u.row().get("category")), now.category()));
            }
        }
        return issues;
    }

    /**
     * For the audit log: each declared unit, new, unchanged, or with what changed against
     * {@code loaded}; e.g. {@code zz-hetang-qwbgs (unit_name: 旧名 → 新名)}.
     */
    String unitChanges(Map<String, UnitDeclaration> loaded) {
        List<String> out = new ArrayList<>();
        for (BatchRow u : rows.get(DataFormat.UNITS)) {
            DataRow d = u.row();
            String code = d.get("unit_code");
            if (code == null) {
                continue;
            }
            UnitDeclaration now = loaded.get(code);
            if (now == null) {
                out.add(code + " (new: " + d.get("unit_name") + ", " + d.get("category") + ")");
                continue;
            }
            List<String> changed = new ArrayList<>();
            change(changed, "unit_name", now.unitName(), d.get("unit_name"));
            change(changed, "category", now.category(), d.get("category"));
            change(changed, "district", now.district(), d.get("district"));
            out.add(code + (changed.isEmpty() ? " (unchanged)" : " (" + String.join("; ", changed) + ")"));
        }
        return String.join(", ", out);
    }

    private static void change(List<String> changed, String column, String before, String after) {
        if (!Objects.equals(before == null || before.isEmpty() ? null : before, after)) {
            changed.add(column + ": " + (before == null ? "—" : before) + " → " + (after == null ? "—" : after));
        }
    }

    private static String describe(CellRef c) {
        StringBuilder s = new StringBuilder(c.file());
        if (c.sheet() != null) {
            s.append(" › ").append(c.sheet());
        }
        if (c.row() != null) {
            s.append(" › ").append(c.row());
        }
        return s.toString();
    }

    /** Writes the eight files of the data format into {@code folder}, UTF-8, every column of the format. */
    void write(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (FileSpec spec : DataFormat.FILES) {
            List<String> columns = spec.columns().stream().map(ColumnSpec::name).toList();
            try (Writer w = Files.newBufferedWriter(folder.resolve(spec.fileName()), StandardCharsets.UTF_8);
                 CSVPrinter out = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get())) {
                for (BatchRow r : rows.get(spec)) {
                    List<String> values = new ArrayList<>();
                    for (String c : columns) {
                        values.add(Objects.requireNonNullElse(r.row().get(c), ""));
                    }
                    out.printRecord(values);
                }
            }
        }
    }

    /**
     * A loader problem as an issue of the uploaded files: a problem in this batch's files (named
     * {@code <label>/<file>}) points at the row's origin; any other (the data already loaded) is kept
     * as the loader named it. The loader's sentence stays a {@link LoadProblem}, rendered in the language
     * the issue is shown in.
     */
    ImportIssue map(LoadProblem p, String label) {
        String prefix = label + "/";
        if (p.file() != null && p.file().startsWith(prefix)) {
            String fileName = p.file().substring(prefix.length());
            FileSpec spec = DataFormat.FILES.stream().filter(f -> f.fileName().equals(fileName)).findFirst().orElse(null);
            if (spec != null && p.row() != null && p.row() >= 1 && p.row() <= rows.get(spec).size()) {
                RowOrigin origin = rows.get(spec).get(p.row() - 1).origin();
                CellRef at = p.column() == null ? origin.row() : origin.cell(p.column());
                return ImportIssue.error(at, ImportText.LOAD_PROBLEM, p);
            }
        }
        return ImportIssue.error(new CellRef(String.valueOf(p.file()), null, p.row(), p.column()), ImportText.LOAD_PROBLEM, p);
    }
}
