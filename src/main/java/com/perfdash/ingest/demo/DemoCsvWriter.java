package com.perfdash.ingest.demo;

import static com.perfdash.ingest.demo.Amounts.money;
import static com.perfdash.ingest.demo.Amounts.points;

import com.perfdash.ingest.demo.DistrictCatalog.NamedUnit;
import com.perfdash.ingest.demo.ReportDraft.FundsRow;
import com.perfdash.ingest.demo.ReportDraft.Goal;
import com.perfdash.ingest.demo.ReportDraft.Indicator;
import com.perfdash.ingest.demo.ReportDraft.Project;
import com.perfdash.ingest.demo.ReportDraft.Table;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The eight files of a data set, open for streaming: UTF-8 without BOM, RFC 4180 quoting, "\n" between
 * records, columns in the order {@code docs/data-format.md} lists them. Reports arrive as rendered
 * {@link Rows} chunks and are appended as they come, so memory does not grow with the size of the set.
 */
final class DemoCsvWriter implements Closeable {

    static final String[] UNITS = {"unit_code", "unit_name", "category", "district"};
    static final String[] REPORTS = {"unit_code", "fiscal_year", "title", "source_kind", "source_file",
            "income_total", "income_initial", "income_adjustment", "income_carryover", "income_other", "income_text",
            "expenditure_total", "expenditure_basic", "expenditure_project", "expenditure_balance", "expenditure_text",
            "initial_projects_adjustment", "initial_projects_actual", "initial_projects_carryover",
            "midyear_projects_budget", "midyear_projects_actual", "midyear_projects_carryover"};
    static final String[] REPORT_TEXTS = {"unit_code", "fiscal_year", "section", "seq", "body"};
    static final String[] PROJECTS = {"unit_code", "fiscal_year", "seq", "project_name", "kind", "budget", "actual",
            "carryover", "purpose"};
    static final String[] EVAL_TABLES = {"unit_code", "fiscal_year", "table_no", "kind", "project_name",
            "spending_direction", "total_investment", "investment_appropriation", "period", "funds_weight",
            "total_weight", "total_score", "grade"};
    static final String[] FUNDS_ROWS = {"unit_code", "fiscal_year", "table_no", "row_kind", "initial_budget",
            "full_year_budget", "executed", "weight", "execution_rate_pct", "score"};
    static final String[] GOALS = {"unit_code", "fiscal_year", "table_no", "seq", "expected", "achieved"};
    static final String[] INDICATORS = {"unit_code", "fiscal_year", "table_no", "seq", "level1", "level1_cap",
            "level2", "level3", "target", "actual", "weight", "score", "deviation_note"};

    /** The file names in the order the summary lists them. */
    static final String[] FILES = {"units.csv", "reports.csv", "report_texts.csv", "projects.csv",
            "eval_tables.csv", "funds_rows.csv", "goals.csv", "indicators.csv"};

    /** RFC 4180 with "\n" between records; the same for headers and rows, so chunks join seamlessly. */
    static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.RFC4180).setRecordSeparator("\n").get();

    private static final String[][] HEADERS = {UNITS, REPORTS, REPORT_TEXTS, PROJECTS, EVAL_TABLES, FUNDS_ROWS, GOALS,
            INDICATORS};

    private final Utf8Sink[] sinks = new Utf8Sink[FILES.length];
    private final CSVPrinter units;
    private final long[] rows = new long[FILES.length];

    DemoCsvWriter(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (int k = 0; k < FILES.length; k++) {
            sinks[k] = new Utf8Sink(Files.newOutputStream(folder.resolve(FILES[k])));
            FORMAT.printRecord(sinks[k], (Object[]) HEADERS[k]);
        }
        units = new CSVPrinter(sinks[0], FORMAT);
    }

    void unit(NamedUnit u) throws IOException {
        units.printRecord(u.code(), u.name(), u.category().label, DistrictCatalog.DISTRICT);
        rows[0]++;
    }

    /** Appends a rendered chunk of reports (one unit's, say) to the files, in the order chunks arrive. */
    void append(Rows chunk) throws IOException {
        for (int k = 1; k < FILES.length; k++) {
            sinks[k].append(chunk.text[k]);
            rows[k] += chunk.rows[k];
        }
    }

    /** Data rows written per file (headers not counted), in {@link #FILES} order. */
    Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int k = 0; k < FILES.length; k++) {
            counts.put(FILES[k], rows[k]);
        }
        return counts;
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (Utf8Sink sink : sinks) {
            try {
                if (sink != null) {
                    sink.close();
                }
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Reports rendered as CSV text in memory, file by file, ready to be appended. Rendering is the bulk
     * of the work and happens on worker threads; only {@link #append} runs in order.
     */
    static final class Rows {

        private final String sourceFile;
        private final StringBuilder[] text = new StringBuilder[FILES.length];
        private final long[] rows = new long[FILES.length];

        Rows(String sourceFile) {
            this.sourceFile = sourceFile;
            for (int k = 0; k < FILES.length; k++) {
                text[k] = new StringBuilder(k == 7 ? 16_384 : 2_048);
            }
        }

        private void print(int file, Object... values) {
            try {
                FORMAT.printRecord(text[file], values);
                rows[file]++;
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a StringBuilder does not throw
            }
        }

        void report(ReportDraft r) {
            String code = r.unitCode();
            int year = r.year;
            print(1, code, year, year + "年度" + r.profile.unit.name() + "绩效自评报告", "demo", sourceFile,
                    money(r.incomeTotal), money(r.incomeInitial), money(r.incomeAdjustment), money(r.incomeCarryover),
                    money(r.incomeOther), Narratives.incomeText(r),
                    money(r.expenditureTotal), money(r.expenditureBasic), money(r.expenditureProject),
                    money(r.expenditureBalance), Narratives.expenditureText(r),
                    money(r.initialProjectsAdjustment), money(r.initialProjectsActual), money(r.initialProjectsCarryover),
                    money(r.midyearProjectsBudget), money(r.midyearProjectsActual), money(r.midyearProjectsCarryover));
            for (int k = 0; k < r.duties.size(); k++) {
                print(2, code, year, "duty", k + 1, r.duties.get(k));
            }
            print(2, code, year, "performance", 1, r.performance);
            print(2, code, year, "project_performance", 1, r.projectPerformance);
            print(2, code, year, "problems", 1, r.problems);
            for (int k = 0; k < r.projects.size(); k++) {
                Project x = r.projects.get(k);
                print(3, code, year, k + 1, x.name, x.midyear ? "midyear" : "initial", money(x.budget),
                        money(x.actual), money(x.carryover), x.purpose);
            }
            for (Table t : r.tables) {
                table(r, t);
            }
        }

        private void table(ReportDraft r, Table t) {
            String code = r.unitCode();
            int year = r.year;
            print(4, code, year, t.no, t.isUnit() ? "unit" : "project", t.projectName, t.direction,
                    money(t.totalInvestment), money(t.investmentAppropriation), t.period, points(t.fundsWeight),
                    points(t.totalWeight), points(t.totalScore), t.grade);
            for (FundsRow f : t.fundsRows()) {
                print(5, code, year, t.no, f.kind, money(f.initialBudget), money(f.fullYearBudget), money(f.executed),
                        points(f.weight), points(f.ratePct), points(f.score));
            }
            for (int k = 0; k < t.goals.size(); k++) {
                Goal g = t.goals.get(k);
                print(6, code, year, t.no, k + 1, g.expected(), g.achieved());
            }
            for (int k = 0; k < t.indicators.size(); k++) {
                Indicator i = t.indicators.get(k);
                print(7, code, year, t.no, k + 1, i.level2.level1.label, r.scheme.cap(i.level2.level1),
                        i.level2.label, i.level3, i.target, i.actual, points(i.weight), points(i.score), i.note);
            }
        }
    }

    /**
     * Collects characters and encodes them to UTF-8 in large blocks: a writer that encodes every small
     * append (most of them Chinese text) is the slowest part of writing a large set.
     */
    private static final class Utf8Sink implements Appendable, Flushable, Closeable {

        private static final int BLOCK = 1 << 16;
        private final OutputStream out;
        private final StringBuilder buffer = new StringBuilder(BLOCK + 1024);

        Utf8Sink(OutputStream out) {
            this.out = out;
        }

        @Override
        public Appendable append(CharSequence csq) throws IOException {
            buffer.append(csq);
            return spill();
        }

        @Override
        public Appendable append(CharSequence csq, int start, int end) throws IOException {
            buffer.append(csq, start, end);
            return spill();
        }

        @Override
        public Appendable append(char c) throws IOException {
            buffer.append(c);
            return spill();
        }

        private Appendable spill() throws IOException {
            if (buffer.length() >= BLOCK && !Character.isHighSurrogate(buffer.charAt(buffer.length() - 1))) {
                flushBuffer();
            }
            return this;
        }

        private void flushBuffer() throws IOException {
            out.write(buffer.toString().getBytes(StandardCharsets.UTF_8));
            buffer.setLength(0);
        }

        @Override
        public void flush() throws IOException {
            flushBuffer();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            flush();
            out.close();
        }
    }
}
