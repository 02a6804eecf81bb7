package com.perfdash.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.KaribuTestBase;
import com.perfdash.base.db.DuckDbDatabase;
import com.perfdash.base.db.DuckDbSettings;
import com.perfdash.base.db.Jdbis;
import com.perfdash.base.db.SchemaMigrations;
import com.perfdash.review.Basis;
import com.perfdash.compare.CompareFilter;
import com.perfdash.compare.CompareMetric;
import com.perfdash.compare.CompareQueries;
import com.perfdash.compare.CompareService;
import com.perfdash.compare.RankingOrder;
import com.perfdash.ingest.AfterLoadStep;
import com.perfdash.ingest.DataLoader;
import com.perfdash.ingest.LoadResult;
import com.perfdash.ingest.ReportMetricsStore;
import com.perfdash.overview.OverviewFilter;
import com.perfdash.overview.OverviewQueries;
import com.perfdash.overview.OverviewService;
import com.perfdash.projects.ProjectsFilter;
import com.perfdash.projects.ProjectsQueries;
import com.perfdash.projects.ProjectsService;
import com.perfdash.units.UnitFilter;
import com.perfdash.units.UnitOrder;
import com.perfdash.units.UnitsQueries;
import com.perfdash.units.UnitsService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * How fast the app is at province scale against the physical limit, on the demo generator's data for
 * 5,000 units × 10 years. Not part of the normal test run: {@code ./mvnw -B -Pbench test}. Prints one
 * markdown table and writes it, with the machine, to {@code target/bench/results.md}.
 * <ul>
 * <li>load: the app's validated load ({@link DataLoader}, with the app's after-load steps) against bare
 * DuckDB reading the same eight files with {@code read_csv} into typed tables;</li>
 * <li>queries: each dashboard query through its service against the same SQL file over plain JDBC;</li>
 * <li>UI: the server time to build each main view (router navigation, the grids' first page, the
 * response's changes) and the heap one open UI holds.</li>
 * </ul>
 * Where the databases live: in memory by default; with {@code -Dbench.dbDir=…} (the profile
 * {@code national}) every load goes into a fresh database file there, the app's own database is the file
 * {@code -Dbench.dbPath=…}, and DuckDB's memory limit is {@code -Dbench.memoryLimit=…} (the app's
 * setting {@code perfdash.db.memory-limit}), so that a load larger than memory spills to disk.
 */
@Tag("bench")
@SpringBootTest(properties = {"perfdash.db.path=${bench.dbPath::memory:}", "perfdash.db.memory-limit=${bench.memoryLimit:}",
        "perfdash.data.watch=false", "perfdash.import.dir=target/no-imports", "perfdash.warehouse.dir=target/test-warehouse",
        "perfdash.demo-review=false"})
class ProvinceScaleBenchmark extends KaribuTestBase {

    private static final int LOAD_RUNS = Integer.getInteger("bench.loadRuns", 2);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 3);
    private static final int RUNS = Integer.getInteger("bench.runs", 20);
    private static final int UI_RUNS = Integer.getInteger("bench.uiRuns", 10);
    private static final int UI_SESSIONS = Integer.getInteger("bench.uiSessions", 20);
    /** The per-query target: 50 ms at province scale, 200 ms at national scale (more than 5,000 units). */
    private static final int QUERY_TARGET_MS = BenchData.SPEC.unitCount() > 5000 ? 200 : 50;
    private static final int YEAR = 2025;
    /** The unit whose pages are timed: the 2,500th by code (the middle one of a smaller run). */
    private static final int SAMPLE_UNIT_OFFSET = Math.min(2500, BenchData.SPEC.unitCount() / 2);
    private static final Path OUT = Path.of("target", "bench");
    /** The folder of the load runs' database files; null: in-memory databases. */
    private static final Path DB_DIR = System.getProperty("bench.dbDir") == null ? null : Path.of(System.getProperty("bench.dbDir")).toAbsolutePath();
    /** DuckDB's settings for every database of the benchmark, the app's included (through its Spring properties). */
    private static final DuckDbSettings SETTINGS = new DuckDbSettings(System.getProperty("bench.memoryLimit"), null);

    static {
        // the app's database file starts empty: a file left by an earlier run would make the timed load a no-op
        String appDb = System.getProperty("bench.dbPath");
        if (appDb != null) {
            deleteDatabaseFile(Path.of(appDb).toAbsolutePath());
        }
    }

    @Autowired
    Jdbi jdbi;
    @Autowired
    DuckDbDatabase database;
    @Autowired
    List<AfterLoadStep> afterLoadSteps;
    @Autowired
    OverviewService overview;
    @Autowired
    UnitsService units;
    @Autowired
    CompareService compare;
    @Autowired
    ProjectsService projects;

    /** One row of the report. */
    record Row(String area, String measure, String app, String bare, String ratio, String target, String met) {
    }

    private final List<Row> rows = new ArrayList<>();

    /** Keeps a row for the report and prints it at once, so a long run shows its progress. */
    private void row(Row r) {
        System.out.println("bench: " + String.join(" | ", r.area(), r.measure(), r.app(), r.bare(), r.ratio(), r.met()));
        rows.add(r);
    }

    @Test
    void province_scale() throws Exception {
        String loadBefore = loadAverage();
        Path data = BenchData.dataDir(BenchData.SPEC);
        long bytes;
        try (Stream<Path> files = Files.list(data.resolve(BenchData.SPEC.datasetName()))) {
            bytes = files.mapToLong(f -> f.toFile().length()).sum();
        }

        LoadResult loaded = benchLoad(data, bytes);
        assertThat(loaded.units()).isEqualTo(BenchData.SPEC.unitCount());
        int reviewed = reviewFivePercent();
        row(new Row("review", "reports with finance's review (a corrected 全年执行数 and 复核得分), for the 复核后 rows",
                Integer.toString(reviewed), "—", "—", "5 %", ""));
        benchQueries();
        memory();
        benchUi();

        String report = report(loaded, bytes, loadBefore, loadAverage());
        System.out.println(report);
        Files.createDirectories(OUT);
        Files.writeString(OUT.resolve("results.md"), report, StandardCharsets.UTF_8);
    }

    // ---- load ---------------------------------------------------------------------------------

    /**
     * Alternating bare and app loads, so a busy moment of the machine hits both. The app's loads go into
     * fresh in-memory databases, the last one into the app's own database (which then holds the data
     * for the query and UI benchmarks; the shipped demo it held before is replaced, a small delete).
     */
    private LoadResult benchLoad(Path data, long bytes) throws Exception {
        List<Long> app = new ArrayList<>();
        List<Long> bare = new ArrayList<>();
        LoadResult loaded = null;
        for (int i = 0; i < LOAD_RUNS; i++) {
            bare.add(bareLoad(data.resolve(BenchData.SPEC.datasetName())));
            if (i < LOAD_RUNS - 1) {
                app.add(appLoad(data));
            } else {
                DataLoader loader = new DataLoader(jdbi, Clock.systemUTC(), afterLoadSteps);
                long start = System.nanoTime();
                loaded = loader.load(data);
                app.add(System.nanoTime() - start);
            }
        }
        Samples a = new Samples(app);
        Samples b = new Samples(bare);
        double ratio = a.medianMillis() / b.medianMillis();
        row(new Row("load", String.format(Locale.ROOT, "all 8 files, %.0f MB CSV (median of %d; runs %s s vs %s s)",
                        bytes / 1e6, LOAD_RUNS, secondsList(app), secondsList(bare)),
                seconds(a), seconds(b), ratio(ratio), "≤ 2×", ratio <= 2 ? "yes" : "no"));
        return loaded;
    }

    private static String secondsList(List<Long> nanos) {
        return nanos.stream().map(n -> String.format(Locale.ROOT, "%.1f", n / 1e9)).collect(Collectors.joining(", "));
    }

    /** A fresh database for one load run: a new file under {@link #DB_DIR} when set, else in memory. */
    private static DuckDbDatabase freshDatabase(String name) {
        if (DB_DIR == null) {
            return DuckDbDatabase.inMemory(SETTINGS);
        }
        Path file = DB_DIR.resolve(name + ".duckdb");
        deleteDatabaseFile(file);
        return DuckDbDatabase.openFile(file, SETTINGS);
    }

    /** Removes a load run's database file and its write-ahead log once the run is over. */
    private static void dropDatabase(String name) {
        if (DB_DIR != null) {
            deleteDatabaseFile(DB_DIR.resolve(name + ".duckdb"));
        }
    }

    private static void deleteDatabaseFile(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(Path.of(file + ".wal"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The app's load into a fresh migrated database; the migration is not timed. */
    private long appLoad(Path data) {
        try (DuckDbDatabase db = freshDatabase("app-load")) {
            Jdbi fresh = Jdbis.create(db);
            SchemaMigrations.migrate(fresh);
            DataLoader loader = new DataLoader(fresh, Clock.systemUTC(), afterLoadSteps);
            long start = System.nanoTime();
            loader.load(data);
            return System.nanoTime() - start;
        } finally {
            dropDatabase("app-load");
        }
    }

    /** DuckDB alone: each file read with read_csv into a table typed like the model, nothing checked. */
    private long bareLoad(Path set) throws SQLException, java.io.IOException {
        try (DuckDbDatabase db = freshDatabase("bare-load"); Connection c = db.newConnection(); Statement st = c.createStatement()) {
            long start = System.nanoTime();
            BareLoad.readTyped(st, set);
            return System.nanoTime() - start;
        } finally {
            dropDatabase("bare-load");
        }
    }

    /**
     * Finance's review on every 20th report by id (5 %): the whole-unit table's 全年执行数 corrected to 98 % of
     * the stated figure, and the report reviewed (已复核) with a 复核得分 one point under its stated score, as
     * the review workflow records them (figure_correction, report_review_event). The 复核后 rows then read
     * real corrections and reviews.
     */
    private int reviewFivePercent() {
        return jdbi.inTransaction(h -> {
            h.execute("INSERT INTO figure_correction (correction_id, unit_code, fiscal_year, figure_key, kind, stated_value, "
                    + "corrected_value, reason, finding_keys, recorded_by, recorded_at) "
                    + "SELECT nextval('figure_correction_seq'), unit_code, fiscal_year, 'f0-total:executed', 'correction', executed, "
                    + "round(executed * 0.98, 2), 'bench', '', 'bench', now() FROM report_metrics WHERE report_id % 20 = 0 AND executed IS NOT NULL");
            int reviewed = h.createUpdate("INSERT INTO report_review_event (event_id, unit_code, fiscal_year, kind, status, reviewed_score, "
                    + "reviewed_grade, rule_set, message, username, logged_at) "
                    + "SELECT nextval('report_review_event_seq'), unit_code, fiscal_year, 'status', 'reviewed', greatest(total_score - 1, 0), "
                    + "score_grade(greatest(total_score - 1, 0)), 'national', NULL, 'bench', now() "
                    + "FROM report_metrics WHERE report_id % 20 = 0 AND total_score IS NOT NULL").execute();
            // the 复核后 store follows, as each decision of the workflow refreshes it
            ReportMetricsStore.refreshReviewed(h);
            return reviewed;
        });
    }

    // ---- queries ------------------------------------------------------------------------------

    private void benchQueries() throws Exception {
        String[] noCategories = new String[0];
        String unitCode = jdbi.withHandle(h -> h.createQuery(
                "SELECT unit_code FROM report WHERE fiscal_year = :y ORDER BY unit_code LIMIT 1 OFFSET " + SAMPLE_UNIT_OFFSET)
                .bind("y", YEAR).mapTo(String.class).one());

        try (Connection c = database.newConnection()) {
            PlainJdbc yearAggregates = sql(OverviewQueries.class, "yearAggregates");
            PlainJdbc scoreDistributions = sql(OverviewQueries.class, "scoreDistributions");
            PlainJdbc gradeMixes = sql(OverviewQueries.class, "gradeMixes");
            PlainJdbc watchList = sql(OverviewQueries.class, "watchList");
            Map<String, Object> watchParams = Map.of("fiscalYear", YEAR, "categories", noCategories, "source", "all");
            // both 口径: as stated, and with finance's review applied (the reviewed figures' views do more)
            for (Basis basis : Basis.values()) {
                OverviewFilter all = OverviewFilter.years(2016, YEAR).withBasis(basis);
                Map<String, Object> overviewParams = Map.of("fromYear", 2016, "toYear", YEAR, "categories", noCategories, "source", "all",
                        "basis", basis.code());
                String b = " (" + basis.code() + ")";
                query("overview: year aggregates" + b, () -> overview.yearAggregates(all), () -> yearAggregates.run(c, overviewParams));
                query("overview: score distributions" + b, () -> overview.scoreDistributions(all), () -> scoreDistributions.run(c, overviewParams));
                query("overview: grade mixes" + b, () -> overview.gradeMixes(all), () -> gradeMixes.run(c, overviewParams));
                query("overview page (the 3 above and the watch list)" + b, () -> overview.overview(all, YEAR), () -> {
                    yearAggregates.run(c, overviewParams);
                    scoreDistributions.run(c, overviewParams);
                    gradeMixes.run(c, overviewParams);
                    watchList.run(c, watchParams);
                });
            }
            OverviewFilter all = OverviewFilter.years(2016, YEAR);
            query("overview: watch list " + YEAR, () -> overview.watchList(all, YEAR), () -> watchList.run(c, watchParams));

            PlainJdbc countUnits = sql(UnitsQueries.class, "countUnits");
            PlainJdbc unitsPage = PlainJdbc.of(PlainJdbc.resource(UnitsQueries.class, "units"),
                    Map.of("orderColumn", "unit_name", "direction", "ASC"));
            Map<String, Object> unitsParams = new LinkedHashMap<>();
            unitsParams.put("q", null);
            unitsParams.put("category", null);
            unitsParams.put("limit", 50);
            unitsParams.put("offset", 0);
            unitsParams.put("basis", Basis.STATED.code());
            query("units list: count", () -> units.countUnits(UnitFilter.ALL), () -> countUnits.run(c, unitsParams));
            query("units list: first 50 by name, with score trends", () -> units.units(UnitFilter.ALL, UnitOrder.BY_NAME, 0, 50), () -> {
                List<Object> codes = unitsPage.rows(c, unitsParams).stream().map(r -> r.get("unit_code")).toList();
                PlainJdbc.of(PlainJdbc.resource(UnitsQueries.class, "scoreTrends"), Map.of("unitCodes", codes))
                        .run(c, Map.of("unitCodes", codes, "basis", Basis.STATED.code()));
            });
            query("report page: " + unitCode + " " + YEAR + " (12 queries)", () -> units.report(unitCode, YEAR),
                    () -> reportPageOverJdbc(c, unitCode));

            // the whole ranking in rank order, as the service's ranking() asks it
            PlainJdbc ranking = PlainJdbc.of(PlainJdbc.resource(CompareQueries.class, "ranking"),
                    Map.of("orderBy", "rank ASC NULLS LAST"));
            PlainJdbc unitNames = sql(CompareQueries.class, "units");
            PlainJdbc values = sql(CompareQueries.class, "values");
            Map<String, Object> rankingParams = Map.of("metric", CompareMetric.EXECUTION_RATE.code(), "year", YEAR, "category", "",
                    "limit", Integer.MAX_VALUE, "offset", 0, "basis", Basis.STATED.code());
            query("compare: ranking " + YEAR + " by execution rate",
                    () -> compare.ranking(CompareMetric.EXECUTION_RATE, YEAR, null), () -> ranking.run(c, rankingParams));
            Map<String, Object> reviewedRanking = new LinkedHashMap<>(rankingParams);
            reviewedRanking.put("basis", Basis.REVIEWED.code());
            query("compare: ranking " + YEAR + " by execution rate (reviewed)",
                    () -> compare.ranking(CompareMetric.EXECUTION_RATE, YEAR, null, Basis.REVIEWED), () -> ranking.run(c, reviewedRanking));
            CompareFilter compareFilter = new CompareFilter(CompareMetric.EXECUTION_RATE, YEAR, 2016, YEAR, null, null);
            Map<String, Object> pageParams = new LinkedHashMap<>(rankingParams);
            pageParams.put("limit", 100);
            query("compare: ranking grid, first 100 by rank", () -> compare.ranking(CompareMetric.EXECUTION_RATE, YEAR, null,
                    RankingOrder.BY_RANK, 0, 100), () -> ranking.run(c, pageParams));
            PlainJdbc rankingCount = sql(CompareQueries.class, "rankingCount");
            Map<String, Object> firstParams = new LinkedHashMap<>(rankingParams);
            firstParams.put("limit", CompareService.HEATMAP_UNITS);
            query("compare page: ranking size, first units, names, heatmap values", () -> compare.compare(compareFilter), () -> {
                rankingCount.run(c, rankingParams);
                List<Object> ranked = ranking.rows(c, firstParams).stream().map(r -> r.get("unit_code")).toList();
                String[] lines = ranked.stream().limit(CompareFilter.DEFAULT_LINE_UNITS).map(String::valueOf).toArray(String[]::new);
                unitNames.run(c, Map.of("units", lines));
                Set<String> shown = new LinkedHashSet<>();
                ranked.stream().limit(CompareService.HEATMAP_UNITS).forEach(u -> shown.add(String.valueOf(u)));
                shown.addAll(List.of(lines));
                values.run(c, Map.of("metric", CompareMetric.EXECUTION_RATE.code(), "fromYear", 2016, "toYear", YEAR,
                        "units", shown.toArray(String[]::new), "basis", Basis.STATED.code()));
            });

            PlainJdbc funding = sql(ProjectsQueries.class, "fundingByCategory");
            PlainJdbc changeLists = sql(ProjectsQueries.class, "changeLists");
            PlainJdbc changeSummary = sql(ProjectsQueries.class, "changeSummary");
            for (Basis basis : Basis.values()) {
                Map<String, Object> projectParams = Map.of("year", YEAR, "category", "", "limit", ProjectsService.LIST_SIZE,
                        "basis", basis.code());
                String b = " (" + basis.code() + ")";
                query("projects: funding by category" + b, null, () -> funding.run(c, projectParams));
                query("projects: change lists " + YEAR + b, null, () -> changeLists.run(c, projectParams));
                query("projects: change summary " + YEAR + b, null, () -> changeSummary.run(c, projectParams));
                query("projects page (the 3 above)" + b, () -> projects.overview(new ProjectsFilter(YEAR, null, basis)), () -> {
                    changeLists.run(c, projectParams);
                    funding.run(c, projectParams);
                    changeSummary.run(c, projectParams);
                });
            }
        }
    }

    /** The queries of {@link UnitsService#report} in its order, over plain JDBC. */
    private static void reportPageOverJdbc(Connection c, String unitCode) throws SQLException {
        Map<String, Object> header = sql(UnitsQueries.class, "reportHeader").rows(c, Map.of("unitCode", unitCode, "fiscalYear", YEAR)).get(0);
        Object reportId = header.get("report_id");
        List<Map<String, Object>> tables = sql(UnitsQueries.class, "evalTables").rows(c, Map.of("reportId", reportId));
        sql(UnitsQueries.class, "projects").run(c, Map.of("reportId", reportId));
        for (Map<String, Object> t : tables) {
            if ("unit".equals(t.get("kind"))) {
                Map<String, Object> table = Map.of("tableId", t.get("table_id"));
                sql(UnitsQueries.class, "fundsRows").run(c, table);
                sql(UnitsQueries.class, "level1Caps").run(c, table);
                sql(UnitsQueries.class, "indicators").run(c, table);
                sql(UnitsQueries.class, "goals").run(c, table);
                break;
            }
        }
        sql(UnitsQueries.class, "unitYears").run(c, Map.of("unitCode", unitCode, "basis", Basis.STATED.code()));
        sql(UnitsQueries.class, "sharedIndicators").run(c, Map.of("unitCode", unitCode, "fiscalYear", YEAR, "previousYear", YEAR - 1));
        sql(UnitsQueries.class, "budgetStatement").run(c, Map.of("reportId", reportId));
        sql(UnitsQueries.class, "narrative").run(c, Map.of("reportId", reportId));
        sql(UnitsQueries.class, "unitYears").run(c, Map.of("unitCode", unitCode, "basis", Basis.REVIEWED.code()));
    }

    private static PlainJdbc sql(Class<?> queries, String method) {
        return PlainJdbc.of(PlainJdbc.resource(queries, method), Map.of());
    }

    /** Times the service call against the plain-JDBC run of the same SQL; a null service is a query the service only runs inside a page. */
    private void query(String name, Samples.ThrowingRunnable service, Samples.ThrowingRunnable bare) {
        if (service == null) {
            Samples b = Samples.measure(WARMUP, RUNS, bare);
            row(new Row("query", name + " (SQL only)", "—", millis(b), "—", "≤ " + QUERY_TARGET_MS + " ms median",
                    b.medianMillis() <= QUERY_TARGET_MS ? "yes" : "no"));
            return;
        }
        Samples[] ab = Samples.measurePair(WARMUP, RUNS, service, bare);
        Samples a = ab[0];
        Samples b = ab[1];
        // A page's queries together are shown for what a page costs; the target is per query.
        boolean page = name.contains("page");
        row(new Row("query", name, millis(a), millis(b), ratio(a.medianMillis() / b.medianMillis()),
                page ? "—" : "≤ " + QUERY_TARGET_MS + " ms median", page ? "" : a.medianMillis() <= QUERY_TARGET_MS ? "yes" : "no"));
    }

    // ---- UI -----------------------------------------------------------------------------------

    private void benchUi() {
        String unitCode = jdbi.withHandle(h -> h.createQuery(
                "SELECT unit_code FROM report WHERE fiscal_year = :y ORDER BY unit_code LIMIT 1 OFFSET " + SAMPLE_UNIT_OFFSET)
                .bind("y", YEAR).mapTo(String.class).one());
        int tableNo = jdbi.withHandle(h -> h.createQuery("SELECT min(t.table_no) FROM eval_table t JOIN report r USING (report_id) "
                + "WHERE r.unit_code = :u AND r.fiscal_year = :y AND t.table_no > 0")
                .bind("u", unitCode).bind("y", YEAR).mapTo(Integer.class).one());
        List<String> routes = List.of("", "units", "units/" + unitCode, "units/" + unitCode + "/" + YEAR,
                "units/" + unitCode + "/" + YEAR + "/projects/" + tableNo, "compare", "projects", "data", "admin/users", "review", "summary", "import");
        for (String route : routes) {
            Samples build = Samples.measure(2, UI_RUNS, () -> closeUi(openUi(route)));
            long perUi = heapPerUi(route);
            row(new Row("ui", "build /" + route, millis(build), "—", "—", "—", ""));
            row(new Row("ui", "heap per open UI, /" + route + " (" + UI_SESSIONS + " UIs)",
                    String.format(Locale.ROOT, "%.0f KB", perUi / 1024.0), "—", "—", "≤ 2 MB", perUi <= 2 * 1024 * 1024 ? "yes" : "no"));
        }
    }

    /**
     * A new UI in the current session, as a browser tab opening {@code route} gets it: the router builds
     * the view, every grid is asked for its first 100 rows (what the browser asks first), and the
     * response's changes are collected.
     */
    private static UI openUi(String route) {
        VaadinSession session = VaadinSession.getCurrent();
        UI ui = new UI();
        ui.setLocale(session.getLocale());
        ui.getInternals().setSession(session);
        UI.setCurrent(ui);
        ui.doInit(VaadinRequest.getCurrent(), session.getNextUIid(), "ROOT-1");
        session.addUI(ui);
        session.getService().fireUIInitListeners(ui);
        int status = ui.getInternals().getRouter().navigate(ui, new Location(route), NavigationTrigger.PROGRAMMATIC);
        if (status != 200) {
            throw new IllegalStateException("/" + route + " answered " + status);
        }
        grids(ui).forEach(g -> g.getDataCommunicator().setRequestedRange(0, 100));
        MockVaadin.clientRoundtrip();
        return ui;
    }

    private static void closeUi(UI ui) {
        UI.setCurrent(ui);
        ui.getSession().removeUI(ui);
    }

    private static Stream<Grid<?>> grids(Component root) {
        return Stream.concat(root instanceof Grid<?> g ? Stream.of(g) : Stream.empty(),
                root.getChildren().flatMap(ProvinceScaleBenchmark::grids));
    }

    /**
     * Heap held per open UI on {@code route}: used heap after a full GC with N such UIs open, minus the
     * same after closing them, over N; the mean of two rounds.
     */
    private static long heapPerUi(String route) {
        long total = 0;
        int rounds = 2;
        for (int round = 0; round < rounds; round++) {
            List<UI> open = new ArrayList<>();
            for (int i = 0; i < UI_SESSIONS; i++) {
                open.add(openUi(route));
            }
            long withOpen = usedHeapAfterGc();
            open.forEach(ProvinceScaleBenchmark::closeUi);
            open.clear();
            long closed = usedHeapAfterGc();
            total += (withOpen - closed) / UI_SESSIONS;
        }
        return total / rounds;
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The process with the loaded database: heap in use after a full GC, and the resident set (now and at its peak). */
    private void memory() throws IOException {
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        row(new Row("memory", "heap in use after GC, database loaded", String.format(Locale.ROOT, "%.0f MB", heap / 1e6), "—", "—", "report", ""));
        row(new Row("memory", "process RSS now / peak (DuckDB's memory included)", status("VmRSS") + " / " + status("VmHWM"), "—", "—",
                "report", ""));
        String appDb = System.getProperty("bench.dbPath");
        if (appDb != null) {
            row(new Row("memory", "database file, loaded", String.format(Locale.ROOT, "%.0f MB", Files.size(Path.of(appDb)) / 1e6), "—", "—",
                    "report", ""));
        }
    }

    /** A size line of /proc/self/status (kB) in MB. */
    private static String status(String key) throws IOException {
        return readLines("/proc/self/status").stream().filter(l -> l.startsWith(key + ":"))
                .map(l -> String.format(Locale.ROOT, "%.0f MB", Long.parseLong(l.replaceAll("\\D", "")) / 1024.0))
                .findFirst().orElse("unknown");
    }

    // ---- report -------------------------------------------------------------------------------

    private String report(LoadResult loaded, long bytes, String loadBefore, String loadAfter) throws IOException {
        StringBuilder s = new StringBuilder();
        s.append(BenchData.SPEC.unitCount() > 5000 ? "## National scale: " : "## Province scale: ").append(loaded.units()).append(" units, ").append(loaded.reports()).append(" reports, ")
                .append(loaded.indicators()).append(" indicator rows (").append(String.format(Locale.ROOT, "%.0f MB", bytes / 1e6))
                .append(" CSV), ").append(BenchData.SPEC.fromYear()).append("–").append(BenchData.SPEC.toYear()).append("\n\n");
        s.append(String.format(Locale.ROOT, "Queries: %d warm-up runs, then %d timed; UI: %d builds per view, heap over %d open UIs. "
                + "Times in ms as median / p95 unless marked s.%n%n", WARMUP, RUNS, UI_RUNS, UI_SESSIONS));
        s.append("| area | measure | app | bare baseline | ratio | target | met |\n|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            s.append("| ").append(String.join(" | ", r.area(), r.measure(), r.app(), r.bare(), r.ratio(), r.target(), r.met())).append(" |\n");
        }
        s.append("\nMachine: ").append(machine()).append("\n");
        s.append("Load average (1/5/15 min) before: ").append(loadBefore).append(", after: ").append(loadAfter).append("\n");
        s.append("Run: ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append("\n");
        return s.toString();
    }

    private String machine() throws IOException {
        String cpu = readLines("/proc/cpuinfo").stream().filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
        String mem = readLines("/proc/meminfo").stream().filter(l -> l.startsWith("MemTotal"))
                .map(l -> String.format(Locale.ROOT, "%.1f GB RAM", Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0))
                .findFirst().orElse("unknown RAM");
        String duck = jdbi.withHandle(h -> h.createQuery("SELECT version() || ' (memory_limit ' || current_setting('memory_limit') || ', '"
                + " || current_setting('threads') || ' threads)'").mapTo(String.class).one());
        return Runtime.getRuntime().availableProcessors() + " cores, " + cpu + ", " + mem + ", Java " + System.getProperty("java.version")
                + " (max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB), DuckDB " + duck + ", databases "
                + (DB_DIR == null ? "in memory" : "in files under " + DB_DIR);
    }

    private static String loadAverage() throws IOException {
        List<String> l = readLines("/proc/loadavg");
        return l.isEmpty() ? "unknown" : String.join(" / ", List.of(l.get(0).split(" ")).subList(0, 3));
    }

    private static List<String> readLines(String file) throws IOException {
        Path p = Path.of(file);
        return Files.isReadable(p) ? Files.readAllLines(p) : List.of();
    }

    private static String millis(Samples s) {
        return Samples.ms(s.medianMillis()) + " / " + Samples.ms(s.p95Millis());
    }

    private static String seconds(Samples s) {
        return String.format(Locale.ROOT, "%.1f s", s.medianMillis() / 1000);
    }

    private static String ratio(double r) {
        return String.format(Locale.ROOT, "%.1f×", r);
    }
}
