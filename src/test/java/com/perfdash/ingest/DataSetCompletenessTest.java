package com.perfdash.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.perfdash.TestDatabase;
import com.perfdash.review.ReviewChecks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data set loads only when it is complete: the shipped data with {@code demo/indicators.csv} cut off
 * at a line boundary halfway (a copy still running, a disk that filled up) is refused by the set's
 * manifest, and the database keeps what it had.
 */
class DataSetCompletenessTest {

    @TempDir
    Path dir;

    private TestDatabase db;
    private DataLoader loader;
    private Path data;

    @BeforeEach
    void loadTheShippedData() throws IOException {
        data = dir.resolve("data");
        for (String set : List.of("demo", "seed")) {
            copyWithManifest(TestDatabase.DATA.resolve(set), data.resolve(set));
        }
        db = new TestDatabase();
        loader = new DataLoader(db.jdbi(), TestDatabase.CLOCK, List.of(new ReviewChecks(TestDatabase.CLOCK)));
        loader.loadIfChanged(LoadSources.dataOnly(data));
        assertThat(count("indicator")).isEqualTo(6820);
        assertThat(count("review_finding")).isEqualTo(231);
    }

    @AfterEach
    void close() {
        db.close();
    }

    static void copyWithManifest(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    /** Cuts {@code file} after the line break closest to its middle; returns the data rows left. */
    static int truncateHalfway(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int cut = text.indexOf('\n', text.length() / 2) + 1;
        String kept = text.substring(0, cut);
        Files.writeString(file, kept, StandardCharsets.UTF_8);
        return (int) kept.chars().filter(c -> c == '\n').count() - 1;
    }

    private int count(String table) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Integer.class).one());
    }

    @Test
    void a_data_file_cut_off_at_a_line_boundary_is_refused_by_the_manifest_and_the_database_keeps_what_it_had() throws IOException {
        String before = db.contentFingerprint();
        int left = truncateHalfway(data.resolve("demo/indicators.csv"));
        assertThat(left).isBetween(3000, 3800);

        assertThatThrownBy(() -> loader.loadIfChanged(LoadSources.dataOnly(data)))
                .isInstanceOf(DataLoadException.class)
                .satisfies(e -> assertThat(((DataLoadException) e).problems()).singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("demo/indicators.csv");
                    assertThat(p.message()).contains("data set demo", "manifest.csv", "expects 6798 data rows",
                            "found " + left + " data rows");
                    // an import shows it in the clerk's language
                    assertThat(p.message(java.util.Locale.CHINESE)).contains("数据集 demo 的清单 manifest.csv 应为 6798 行数据",
                            "实际为 " + left + " 行数据");
                }));

        assertThat(db.contentFingerprint()).as("database unchanged").isEqualTo(before);
        assertThat(count("indicator")).isEqualTo(6820);
        assertThat(count("review_finding")).isEqualTo(231);
        String logged = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT outcome || ': ' || message FROM load_log ORDER BY load_id DESC LIMIT 1").mapTo(String.class).one());
        assertThat(logged).startsWith("failed: demo/indicators.csv: data set demo: its manifest.csv expects 6798 data rows");
    }

    @Test
    void a_file_the_manifest_does_not_list_or_a_listed_file_that_is_missing_is_refused() throws IOException {
        Files.delete(data.resolve("seed/goals.csv"));
        assertThatThrownBy(() -> loader.load(LoadSources.dataOnly(data)))
                .isInstanceOf(DataLoadException.class)
                .hasMessageContaining("seed/goals.csv: data set seed: its manifest.csv lists this file with 4 data rows, but the file is missing");

        Files.copy(TestDatabase.SEED.resolve("goals.csv"), data.resolve("seed/goals.csv"));
        List<String> lines = Files.readAllLines(data.resolve("seed/manifest.csv"));
        Files.write(data.resolve("seed/manifest.csv"), lines.stream().filter(l -> !l.startsWith("projects.csv,")).toList());
        assertThatThrownBy(() -> loader.load(LoadSources.dataOnly(data)))
                .isInstanceOf(DataLoadException.class)
                .hasMessage("seed/projects.csv: data set seed: its manifest.csv does not list this file");
    }

    @Test
    void a_set_without_a_manifest_still_loads() throws IOException {
        Files.delete(data.resolve("seed/manifest.csv"));
        Files.delete(data.resolve("demo/manifest.csv"));
        assertThat(loader.load(LoadSources.dataOnly(data)).indicators()).isEqualTo(6820);
    }
}
