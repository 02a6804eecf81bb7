package com.perfdash.bench;

import com.perfdash.KaribuTestBase;
import com.perfdash.TestDatabase;
import com.perfdash.base.db.DuckDbDatabase;
import com.perfdash.base.db.Jdbis;
import com.perfdash.base.db.SchemaMigrations;
import com.perfdash.ingest.AfterLoadStep;
import com.perfdash.ingest.DataLoader;
import com.perfdash.ingest.LoadSources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the database file does over many reloads: the shipped data (271 reports) loaded into a fresh
 * database file, then reloaded 50 times, each reload followed by an import preview of the same files (a
 * load rolled back). Prints the file size and DuckDB's block counts along the way and writes them to
 * {@code target/bench/reload.md}. Part of {@code ./mvnw -B -Pbench test}; {@code -Dbench.reloads=N}.
 */
@Tag("bench")
class ReloadSizeBenchmark extends KaribuTestBase {

    private static final int RELOADS = Integer.getInteger("bench.reloads", 50);

    @Autowired
    List<AfterLoadStep> afterLoadSteps;

    @Test
    void database_file_over_reloads() throws Exception {
        Path dir = Path.of("target", "bench", "reload").toAbsolutePath();
        Files.createDirectories(dir);
        Path file = dir.resolve("reload.duckdb");
        Files.deleteIfExists(file);
        Files.deleteIfExists(Path.of(file + ".wal"));
        LoadSources shipped = new LoadSources(TestDatabase.DATA.toAbsolutePath(), dir.resolve("no-imports"));
        StringBuilder report = new StringBuilder("## Database file over reloads: the shipped data, " + RELOADS
                + " reloads each followed by a preview\n\n| after | file | blocks (used / free) | indicator rows stored / loaded |\n|---|---|---|---|\n");
        try (DuckDbDatabase db = DuckDbDatabase.openFile(file)) {
            Jdbi jdbi = Jdbis.create(db);
            SchemaMigrations.migrate(jdbi);
            DataLoader loader = new DataLoader(jdbi, Clock.systemUTC(), afterLoadSteps);
            loader.load(shipped);
            jdbi.useHandle(h -> h.execute("CHECKPOINT"));
            line(report, "the first load", file, jdbi);
            for (int i = 1; i <= RELOADS; i++) {
                loader.load(shipped);
                loader.dryRun(shipped, h -> h.createQuery("SELECT count(*) FROM report").mapTo(Integer.class).one());
                if (i % 10 == 0 || i == RELOADS) {
                    line(report, i + " reloads and previews", file, jdbi);
                }
            }
        }
        Files.createDirectories(Path.of("target", "bench"));
        Files.writeString(Path.of("target", "bench", "reload.md"), report, StandardCharsets.UTF_8);
        System.out.println(report);
    }

    private static void line(StringBuilder report, String after, Path file, Jdbi jdbi) throws IOException {
        String blocks = jdbi.withHandle(h -> h.createQuery("SELECT total_blocks || ' (' || used_blocks || ' / ' || free_blocks || ')' "
                + "FROM pragma_database_size()").mapTo(String.class).one());
        // estimated_size counts the rows a table's storage holds, deleted ones included
        String rows = jdbi.withHandle(h -> h.createQuery("SELECT (SELECT estimated_size FROM duckdb_tables() WHERE table_name = 'indicator' "
                + "AND NOT temporary) || ' / ' || (SELECT count(*) FROM indicator)").mapTo(String.class).one());
        String line = String.format(Locale.ROOT, "| %s | %.1f MB | %s | %s |", after, Files.size(file) / 1e6, blocks, rows);
        System.out.println("bench: reload " + line);
        report.append(line).append('\n');
    }
}
