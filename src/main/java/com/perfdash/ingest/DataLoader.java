package com.perfdash.ingest;

import java.io.IOException;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.LinkedHashMap;
import java.util.stream.Collectors;
import java.util.function.Function;
import com.perfdash.base.db.Jdbis;
import com.perfdash.base.db.WholeTables;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads every data set folder under a data folder into the report model, all or nothing.
 *
 * <p>DuckDB reads each CSV itself ({@code read_csv}) into a staging table of text columns; the
 * validation queries then look for problems across all rows at once, and only when there are none
 * does one transaction replace the model's tables, apply finance's 单位类别 ({@link UnitCategories}), store
 * their metrics ({@link ReportMetricsStore}) and run the after-load steps. A problem leaves the database exactly as it was.
 */
public class DataLoader {

    /** How many problems of one kind a message lists before it stops. */
    static final int MAX_PROBLEMS = 20;

    private static final String LOAD_SQL = "com/perfdash/ingest/replace_model.sql";

    /** The tables {@link #LOAD_SQL} fills: every load replaces their whole contents. */
    static final List<String> MODEL_TABLES = List.of("indicator", "indicator_level1", "goal", "funds_row", "eval_table", "project",
            "report_text", "report", "unit", "report_version");

    private static final Logger log = LoggerFactory.getLogger(DataLoader.class);

    /** The characters RE2's {@code \s} matches (space, tab, line feed, form feed, carriage return), as a SQL literal. */
    private static final String WHITESPACE = "' \t\n\f\r'";

    private final Jdbi jdbi;
    private final Clock clock;
    private final List<AfterLoadStep> afterLoad;

    public DataLoader(Jdbi jdbi, Clock clock) {
        this(jdbi, clock, List.of());
    }

    public DataLoader(Jdbi jdbi, Clock clock, List<AfterLoadStep> afterLoad) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.afterLoad = List.copyOf(afterLoad);
    }

    /** Loads {@code dataDir} unless its files are the ones loaded last time. */
    public LoadResult loadIfChanged(Path dataDir) {
        return loadIfChanged(LoadSources.dataOnly(dataDir));
    }

    /** Loads the sources unless their files are the ones loaded last time. */
    public LoadResult loadIfChanged(LoadSources sources) {
        List<DataSetSource> sets = sources.list();
        String fingerprint = fingerprint(sets);
        String last = jdbi.withHandle(h -> h.createQuery(
                        "SELECT fingerprint FROM load_log WHERE outcome = 'ok' ORDER BY load_id DESC LIMIT 1")
                .mapTo(String.class).findOne().orElse(null));
        if (fingerprint.equals(last)) {
            return jdbi.withHandle(h -> counts(h, sets.size(), fingerprint, false));
        }
        // files held (or dismissed) before are not staged again for nothing
        var standing = jdbi.withHandle(h -> HeldReloads.standing(h, fingerprint));
        if (standing.isPresent()) {
            throw new HeldReloads.HeldLoadException(standing.get().heldId(), standing.get().rows(), !standing.get().pending());
        }
        return load(sources);
    }

    /** Validates and loads every data set folder under {@code dataDir}, replacing what was loaded. */
    public LoadResult load(Path dataDir) {
        return load(LoadSources.dataOnly(dataDir));
    }

    /**
     * Validates and loads the sources, replacing what was loaded; all or nothing. A reload that drops a
     * large share of a loaded set's rows is held instead ({@link HeldReloads}).
     */
    public LoadResult load(LoadSources sources) {
        return load(sources, null);
    }

    /**
     * As {@link #load(LoadSources)}; {@code accepted} is the fingerprint of files whose held reload an
     * administrator confirmed: they load although they drop rows (other files are held as usual).
     */
    public LoadResult load(LoadSources sources, String accepted) {
        LocalDateTime started = LocalDateTime.now(clock);
        String fingerprint = null;
        try {
            List<DataSetSource> sets = sources.list();
            long t0 = System.nanoTime();
            fingerprint = fingerprint(sets);
            String fp = fingerprint;
            long t1 = System.nanoTime();
            LoadResult result = jdbi.withHandle(h -> {
                try {
                    Jdbis.unscoped(h); // the app's own work: every unit, whoever triggered it
                    Map<String, Map<String, Integer>> staged = stage(h, sets);
                    long t2 = System.nanoTime();
                    validate(h);
                    HeldReloads.check(h, sources.dataDir(), fp, accepted, LocalDateTime.now(clock), staged);
                    long t3 = System.nanoTime();
                    h.useTransaction(tx -> {
                        replaceModel(tx);
                        HeldReloads.loadedNow(tx, staged, fp);
                    });
                    long t4 = System.nanoTime();
                    log.info("Load phases: fingerprint {} ms, staging {} ms, validation {} ms, replace and after-load steps {} ms",
                            millis(t1 - t0), millis(t2 - t1), millis(t3 - t2), millis(t4 - t3));
                    return counts(h, sets.size(), fp, true);
                } finally {
                    dropStaging(h);
                }
            });
            log(started, sources.dataDir(), fingerprint, "ok", result.reports(), null, List.of());
            return result;
        } catch (HeldReloads.HeldLoadException e) {
            throw e; // recorded as held (held_load), not as a failure
        } catch (DataLoadException e) {
            log(started, sources.dataDir(), fingerprint, "failed", null, e.getMessage(), e.problems());
            throw e;
        } catch (RuntimeException e) {
            log(started, sources.dataDir(), fingerprint, "failed", null, String.valueOf(e.getMessage()), List.of());
            throw e;
        }
    }

    /**
     * Loads the sources as {@link #load(LoadSources)} would, lets {@code inspect} read the result
     * inside the load's transaction, then rolls everything back: a preview that changes nothing.
     * Throws {@link DataLoadException} exactly when the real load would.
     */
    public <T> T dryRun(LoadSources sources, Function<Handle, T> inspect) {
        List<DataSetSource> sets = sources.list();
        return jdbi.withHandle(h -> {
            try {
                Jdbis.unscoped(h); // the app's own work: every unit, whoever triggered it
                stage(h, sets);
                validate(h);
                h.begin();
                try {
                    replaceModel(h);
                    return inspect.apply(h);
                } finally {
                    h.rollback();
                }
            } finally {
                dropStaging(h);
            }
        });
    }

    private void replaceModel(Handle tx) {
        WholeTables.empty(tx, MODEL_TABLES);
        tx.createScript(ClasspathSql.read(LOAD_SQL)).execute();
        // finance's 单位类别 survive the replaced unit table; before the stores, which carry the category
        UnitCategories.apply(tx);
        // before the steps: they, and every query after the load, may read report_metrics or project_years
        ReportMetricsStore.refreshStated(tx);
        afterLoad.forEach(step -> step.afterLoad(tx));
        // after them: the 复核后 figures leave out what the findings (the review checks' step) now hold
        ReportMetricsStore.refreshReviewed(tx);
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    private static LoadResult counts(Handle h, int dataSets, String fingerprint, boolean changed) {
        return new LoadResult(dataSets,
                h.createQuery("SELECT count(*) FROM unit").mapTo(Integer.class).one(),
                h.createQuery("SELECT count(*) FROM report").mapTo(Integer.class).one(),
                h.createQuery("SELECT count(*) FROM indicator").mapTo(Integer.class).one(),
                fingerprint, changed);
    }

    /**
     * SHA-256 over the labels and contents of every data file the sources hold, in load order: equal
     * fingerprints mean a load would read the same files.
     */
    public static String fingerprint(LoadSources sources) {
        return fingerprint(sources.list());
    }

    /** SHA-256 over the labels and contents of every data file, in load order. */
    static String fingerprint(List<DataSetSource> sets) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 20]; // read in pieces: a data file may be hundreds of megabytes
            for (DataSetSource set : sets) {
                for (FileSpec spec : DataFormat.FILES) {
                    Path file = set.folder().resolve(spec.fileName());
                    digest.update((set.label() + "/" + spec.fileName()).getBytes(StandardCharsets.UTF_8));
                    if (Files.isRegularFile(file)) {
                        try (InputStream in = Files.newInputStream(file)) {
                            int n;
                            while ((n = in.read(buffer)) > 0) {
                                digest.update(buffer, 0, n);
                            }
                        }
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new DataLoadException(List.of(new LoadProblem(String.valueOf(e.getMessage()), null, null,
                    LoadText.FILES_UNREADABLE)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- staging -------------------------------------------------------------------------------

    /**
     * Reads every file of every set into its staging table, after the checks a file must pass before its
     * rows are read (manifest, header); returns the rows staged per set and file (files without rows left out).
     */
    private Map<String, Map<String, Integer>> stage(Handle h, List<DataSetSource> sets) {
        List<LoadProblem> problems = new ArrayList<>();
        Map<String, Map<String, Integer>> staged = new TreeMap<>();
        // a set with a manifest loads only when it is complete: every file as the manifest lists it
        for (DataSetSource set : sets) {
            problems.addAll(DataSetManifest.check(set));
        }
        if (!problems.isEmpty()) {
            throw new DataLoadException(problems);
        }
        for (FileSpec spec : DataFormat.FILES) {
            String cols = spec.columns().stream().map(c -> q(c.name()) + " VARCHAR").collect(Collectors.joining(", "));
            h.execute("CREATE OR REPLACE TEMP TABLE " + spec.stageTable() + " (" + cols
                    + ", _file VARCHAR, _row INTEGER, _set VARCHAR, _group VARCHAR, _order INTEGER)");
            for (DataSetSource set : sets) {
                Path file = set.folder().resolve(spec.fileName());
                String name = set.label() + "/" + spec.fileName();
                if (!Files.isRegularFile(file)) {
                    problems.add(new LoadProblem(name, null, null, LoadText.FILE_MISSING, set.label()));
                    continue;
                }
                List<String> header = header(file, name, problems);
                if (header == null) {
                    continue;
                }
                List<String> unknown = header.stream().filter(c -> spec.column(c).isEmpty()).toList();
                List<String> missing = spec.columns().stream().filter(ColumnSpec::required).map(ColumnSpec::name)
                        .filter(c -> !header.contains(c)).toList();
                missing.forEach(c -> problems.add(new LoadProblem(name, null, c, LoadText.COLUMN_MISSING)));
                unknown.forEach(c -> problems.add(new LoadProblem(name, null, c, LoadText.COLUMN_UNKNOWN)));
                if (!missing.isEmpty() || !unknown.isEmpty()) {
                    continue;
                }
                int rows = readInto(h, spec, file, name, set, header, problems);
                if (rows > 0) {
                    staged.computeIfAbsent(set.label(), k -> new LinkedHashMap<>()).merge(spec.fileName(), rows, Integer::sum);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new DataLoadException(problems);
        }
        return staged;
    }

    /** The header row of a CSV file (a UTF-8 BOM is skipped), or null after recording why not. */
    private static List<String> header(Path file, String name, List<LoadProblem> problems) {
        // bytes that are not UTF-8 become U+FFFD here: past the header, DuckDB names the line that holds them
        try (Reader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8));
             CSVParser parser = CSVFormat.RFC4180.builder().get().parse(reader)) {
            var it = parser.iterator();
            if (!it.hasNext()) {
                problems.add(new LoadProblem(name, null, null, LoadText.FILE_EMPTY));
                return null;
            }
            List<String> header = new ArrayList<>();
            for (String col : it.next()) {
                header.add(col.replace("\uFEFF", "").trim());
            }
            if (header.stream().anyMatch(c -> c.indexOf('\uFFFD') >= 0)) {
                problems.add(new LoadProblem(name, null, null, LoadText.CSV_LINE_NOT_UTF8, "1"));
                return null;
            }
            Set<String> seen = new LinkedHashSet<>();
            for (String col : header) {
                if (!seen.add(col)) {
                    problems.add(new LoadProblem(name, null, col, LoadText.COLUMN_TWICE));
                    return null;
                }
            }
            return header;
        } catch (IOException | RuntimeException e) {
            log.warn("{}: the header is not valid CSV: {}", name, e.getMessage());
            problems.add(new LoadProblem(name, null, null, LoadText.CSV_HEADER_INVALID));
            return null;
        }
    }

    /** Reads one file into its staging table; returns how many rows it staged (0 after recording why none). */
    private static int readInto(Handle h, FileSpec spec, Path file, String name, DataSetSource set, List<String> header,
                                List<LoadProblem> problems) {
        // Every column is read as text: the validation below then names each bad value itself.
        String columnTypes = header.stream().map(c -> "'" + c.replace("'", "''") + "': 'VARCHAR'")
                .collect(Collectors.joining(", ", "{", "}"));
        String select = header.stream().map(c -> trimmed(q(c)) + " AS " + q(c)).collect(Collectors.joining(", "));
        String sql = "INSERT INTO " + spec.stageTable() + " BY NAME SELECT " + select
                + ", " + literal(name) + " AS _file, (row_number() OVER ())::INTEGER AS _row, " + literal(set.label())
                + " AS _set, " + literal(set.group()) + " AS _group, " + set.order() + " AS _order"
                + " FROM read_csv(" + literal(file.toAbsolutePath().toString())
                + ", header = true, delim = ',', quote = '\"', escape = '\"', auto_detect = false, strict_mode = true,"
                + " columns = " + columnTypes + ", encoding = 'utf-8')";
        try {
            return h.execute(sql);
        } catch (UnableToExecuteStatementException e) {
            problems.add(CsvErrors.problem(name, e));
            return 0;
        }
    }

    /**
     * A value without leading and trailing whitespace (RE2's {@code \s}: space, tab, line feed, form
     * feed, carriage return; not full-width or other Unicode spaces), NULL when nothing is left. Only the
     * few values that start or end with such a character are trimmed; the test is one regular expression
     * per column, cheap to plan (ten byte tests per column cost a one-report load about 100 ms of planning)
     * and as fast over millions of values.
     */
    static String trimmed(String column) {
        return "NULLIF(CASE WHEN regexp_matches(" + column + ", '^\\s|\\s$') THEN trim(" + column + ", " + WHITESPACE + ") ELSE "
                + column + " END, '')";
    }

    private static void dropStaging(Handle h) {
        for (FileSpec spec : DataFormat.FILES) {
            h.execute("DROP TABLE IF EXISTS " + spec.stageTable());
        }
    }

    // ---- validation ----------------------------------------------------------------------------

    private void validate(Handle h) {
        List<LoadProblem> problems = new ArrayList<>();
        // 1. values: required, types, enumerations; one statement per file
        for (FileSpec spec : DataFormat.FILES) {
            if (problems.size() >= MAX_PROBLEMS) {
                break;
            }
            String sql = valueChecks(spec);
            if (sql != null) {
                h.createQuery(sql)
                        .map((rs, ctx) -> new LoadProblem(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3),
                                LoadText.valueOf(rs.getString(4)), Arrays.stream((Object[]) rs.getArray(5).getArray()).map(String::valueOf).toList()))
                        .forEach(problems::add);
            }
        }
        fail(problems);
        // 2. units and reports: keys and references (a duplicate report would repeat in every child file)
        collect(h, problems, ClasspathSql.read("com/perfdash/ingest/validate_keys.sql"));
        fail(problems);
        // 3. rows under a report or table: references and uniqueness
        collect(h, problems, ClasspathSql.read("com/perfdash/ingest/validate_references.sql"));
        fail(problems);
    }

    /**
     * The one query that checks every value of {@code spec}'s staged file: required values, each type's
     * pattern, each enumeration; null when the file has nothing to check. It reads the staged rows once
     * and builds the problems only for the rows that have one. Its rows (file, row, column, the name of a
     * {@link LoadText}, its arguments) come in the order of the checks (column by column, and per column
     * required, type, enumeration), then by file and row: the first {@link #MAX_PROBLEMS} are those one
     * query per check would have listed first.
     */
    static String valueChecks(FileSpec spec) {
        List<String> conditions = new ArrayList<>();
        List<String> found = new ArrayList<>();
        for (ColumnSpec col : spec.columns()) {
            String c = q(col.name());
            if (col.required()) {
                check(conditions, found, c + " IS NULL", col, LoadText.VALUE_REQUIRED, "[]::VARCHAR[]");
            }
            if (col.type().pattern() != null) {
                check(conditions, found, c + " IS NOT NULL AND NOT regexp_full_match(" + c + ", " + literal(col.type().pattern()) + ")",
                        col, col.type().notThisType(), "[" + c + "]");
            }
            if (!col.allowed().isEmpty()) {
                String list = col.allowed().stream().map(DataLoader::literal).collect(Collectors.joining(", "));
                check(conditions, found, c + " IS NOT NULL AND " + c + " NOT IN (" + list + ")", col, LoadText.NOT_ONE_OF,
                        "[" + c + ", " + literal(String.join(", ", col.allowed())) + "]");
            }
        }
        if (conditions.isEmpty()) {
            return null;
        }
        return "SELECT _file, _row, p.c, p.t, p.a FROM (SELECT _file, _row, unnest([" + String.join(", ", found) + "]) AS p FROM "
                + spec.stageTable() + " WHERE " + conditions.stream().map(x -> "(" + x + ")").collect(Collectors.joining(" OR "))
                + ") WHERE p IS NOT NULL ORDER BY p.o, _file, _row NULLS FIRST LIMIT " + MAX_PROBLEMS;
    }

    /** One check of {@link #valueChecks}: its condition, and its problem when the condition holds (else NULL). */
    private static void check(List<String> conditions, List<String> found, String condition, ColumnSpec col, LoadText text, String args) {
        conditions.add(condition);
        found.add("CASE WHEN " + condition + " THEN {'o': " + found.size() + ", 'c': " + literal(col.name()) + ", 't': "
                + literal(text.name()) + ", 'a': " + args + "::VARCHAR[]} END");
    }

    /**
     * Runs a validation query whose rows are: file, row, column, the name of a {@link LoadText} and a
     * list of its arguments.
     */
    private static void collect(Handle h, List<LoadProblem> problems, String sql) {
        h.createQuery("SELECT * FROM (" + sql + ") p ORDER BY 1, 2 NULLS FIRST LIMIT " + MAX_PROBLEMS)
                .map((rs, ctx) -> new LoadProblem(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3),
                        LoadText.valueOf(rs.getString(4)), Arrays.stream((Object[]) rs.getArray(5).getArray()).map(String::valueOf).toList()))
                .forEach(problems::add);
    }

    private static void fail(List<LoadProblem> problems) {
        if (!problems.isEmpty()) {
            throw new DataLoadException(problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems);
        }
    }

    /** Writes a load of {@code sources} refused before it began (files still changing) to the load log. */
    void recordFailure(LoadSources sources, DataLoadException e) {
        LocalDateTime now = LocalDateTime.now(clock);
        log(now, sources.dataDir(), null, "failed", null, e.getMessage(), e.problems());
    }

    private void log(LocalDateTime started, Path dataDir, String fingerprint, String outcome, Integer reports, String message,
                     List<LoadProblem> problems) {
        jdbi.useTransaction(h -> {
            long id = h.createQuery("SELECT nextval('load_log_seq')").mapTo(Long.class).one();
            h.createUpdate("INSERT INTO load_log (load_id, started_at, finished_at, source, fingerprint, outcome, reports, message) "
                        + "VALUES (:id, :started, :finished, :source, :fp, :outcome, :reports, :message)")
                .bind("id", id)
                .bind("started", started)
                .bind("finished", LocalDateTime.now(clock))
                .bind("source", dataDir.toString())
                .bind("fp", fingerprint)
                .bind("outcome", outcome)
                .bind("reports", reports)
                .bind("message", message)
                .execute();
            int seq = 1;
            for (LoadProblem p : problems) {
                h.createUpdate("INSERT INTO load_problem (load_id, seq, file, data_row, column_name, message, text_code, text_args) "
                                + "VALUES (:id, :seq, :file, :row, :column, :message, :code, :args)")
                        .bind("id", id).bind("seq", seq++).bind("file", p.file()).bind("row", p.row()).bind("column", p.column())
                        .bind("message", p.message()).bind("code", p.text().name()).bind("args", p.args().toArray(String[]::new))
                        .execute();
            }
        });
    }

    /** A quoted identifier; names come from {@link DataFormat} or a validated header, never from values. */
    private static String q(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** A SQL string literal for a file name or a fixed pattern (DuckDB's read_csv takes no bound path). */
    private static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
