package com.perfdash.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.TestDatabase;
import com.perfdash.review.CsvDataSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data set is loaded only once its files have settled, at start as after a change: files left alone
 * for the quiet period load at once; a file still being written is waited for.
 */
class DataSetStabilityTest {

    @TempDir
    Path dir;

    private TestDatabase db;
    private Path data;
    private final List<Long> waits = new ArrayList<>();

    @BeforeEach
    void setUp() {
        data = dir.resolve("data");
        CsvDataSet.copy(TestDatabase.SEED, data, "seed");
        db = new TestDatabase();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private DataFolderLoader loader(FileStability.Sleeper sleeper) {
        DataFolderLoader folder = new DataFolderLoader(db.jdbi(), TestDatabase.CLOCK, List.of(), data.toString(),
                dir.resolve("imports").toString(), false);
        folder.stability(new FileStability(DataFolderLoader.QUIET_MILLIS, 4, System::currentTimeMillis, millis -> {
            waits.add(millis);
            sleeper.sleep(millis);
        }));
        return folder;
    }

    private void age(Path folder) throws IOException {
        FileTime old = FileTime.from(Instant.now().minusSeconds(3600));
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.setLastModifiedTime(f, old);
            }
        }
    }

    private int indicators() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM indicator").mapTo(Integer.class).one());
    }

    @Test
    void files_older_than_the_quiet_period_load_at_once_without_waiting() throws IOException {
        age(data.resolve("seed"));

        LoadResult r = loader(millis -> { }).loadNow();

        assertThat(r).isNotNull();
        assertThat(r.indicators()).isEqualTo(22);
        assertThat(waits).isEmpty();
    }

    @Test
    void a_file_still_being_written_is_waited_for_and_loaded_as_it_ends() throws IOException {
        Path indicators = data.resolve("seed/indicators.csv");
        List<String> lines = Files.readAllLines(indicators, StandardCharsets.UTF_8);
        Files.write(indicators, lines.subList(0, 12), StandardCharsets.UTF_8); // a copy halfway through
        int[] step = {0};

        LoadResult r = loader(millis -> {
            if (step[0]++ == 0) { // the copy goes on during the first wait and ends
                try {
                    Files.write(indicators, lines.subList(12, lines.size()), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }).loadNow();

        assertThat(waits).as("one wait saw the file grow, the next found it unchanged").hasSize(2)
                .allMatch(m -> m == DataFolderLoader.QUIET_MILLIS);
        assertThat(r.indicators()).isEqualTo(22);
        assertThat(indicators()).isEqualTo(22);
    }

    @Test
    void a_file_that_keeps_changing_is_not_loaded_and_the_attempt_is_logged() throws IOException {
        Path goals = data.resolve("seed/goals.csv");
        Files.writeString(goals, "\n", StandardOpenOption.APPEND); // a copy going on, line by line

        LoadResult r = loader(millis -> {
            try {
                Files.writeString(goals, "\n", StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).loadNow();

        assertThat(r).isNull();
        assertThat(indicators()).isZero();
        String logged = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT outcome || ': ' || message FROM load_log ORDER BY load_id DESC LIMIT 1").mapTo(String.class).one());
        assertThat(logged).startsWith("failed: seed/goals.csv: the file is still changing");
    }
}
