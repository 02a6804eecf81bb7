package com.perfdash.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.perfdash.TestDatabase;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import batches supersede the data folder per unit-year, keep every version, and can be withdrawn. */
class ImportBatchLoadTest {

    @TempDir
    Path root;

    private Path data;
    private Path imports;
    private TestDatabase db;

    @BeforeEach
    void setUp() throws IOException {
        data = root.resolve("data");
        imports = root.resolve("imports");
        copy(TestDatabase.SEED, data.resolve("seed"));
        db = new TestDatabase();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile) // the data files only: a copy may be edited, its manifest would not match
                    .filter(f -> !f.getFileName().toString().equals(com.perfdash.ingest.LoadSources.MANIFEST)).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    /** A batch re-stating the seed report with a corrected income total (474.25 = 457.18 + 17.07). */
    private Path correctedBatch(String name) throws IOException {
        Path batch = imports.resolve(name);
        copy(TestDatabase.SEED, batch);
        Path reports = batch.resolve("reports.csv");
        Files.writeString(reports, Files.readString(reports).replaceFirst(",516.66,457.18,", ",474.25,457.18,"));
        return batch;
    }

    private BigDecimal incomeTotal() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT income_total FROM report WHERE unit_code = 'zz-hetang-qwbgs'")
                .mapTo(BigDecimal.class).one());
    }

    private List<String> versions() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT data_set || ':' || active || ':' || coalesce(superseded_by, '-') "
                + "FROM report_version ORDER BY data_set").mapTo(String.class).list());
    }

    @Test
    void a_batch_supersedes_the_data_folder_and_the_old_version_stays_in_history() throws IOException {
        correctedBatch("20261127-090000-1");
        LoadResult r = db.loader().load(new LoadSources(data, imports));
        assertThat(r.reports()).isEqualTo(1);
        assertThat(incomeTotal()).isEqualByComparingTo("474.25");
        assertThat(versions()).containsExactly("imports/20261127-090000-1:true:-", "seed:false:imports/20261127-090000-1");
        // the children come from the batch only, not twice
        int indicators = db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM indicator").mapTo(Integer.class).one());
        assertThat(indicators).isEqualTo(22);
    }

    @Test
    void withdrawing_the_batch_restores_the_earlier_version() throws IOException {
        Path batch = correctedBatch("20261127-090000-1");
        db.loader().load(new LoadSources(data, imports));
        Files.writeString(batch.resolve(LoadSources.WITHDRAWN), "withdrawn by test");
        db.loader().load(new LoadSources(data, imports));
        assertThat(incomeTotal()).isEqualByComparingTo("516.66");
        assertThat(versions()).containsExactly("seed:true:-");
    }

    @Test
    void a_dry_run_shows_the_result_and_changes_nothing() throws IOException {
        db.loader().load(LoadSources.dataOnly(data));
        String before = db.contentFingerprint();
        correctedBatch("20261127-090000-1");
        BigDecimal seen = db.loader().dryRun(new LoadSources(data, imports),
                h -> h.createQuery("SELECT income_total FROM report").mapTo(BigDecimal.class).one());
        assertThat(seen).isEqualByComparingTo("474.25");
        assertThat(db.contentFingerprint()).isEqualTo(before);
        assertThat(incomeTotal()).isEqualByComparingTo("516.66");
    }

    @Test
    void the_same_unit_year_twice_in_one_batch_is_refused() throws IOException {
        Path batch = correctedBatch("20261127-090000-1");
        Path reports = batch.resolve("reports.csv");
        List<String> lines = Files.readAllLines(reports);
        Files.write(reports, List.of(lines.get(0), lines.get(1), lines.get(1)));
        assertThatThrownBy(() -> db.loader().load(new LoadSources(data, imports)))
                .isInstanceOf(DataLoadException.class)
                .hasMessageContaining("imports/20261127-090000-1/reports.csv row 2, column fiscal_year: report zz-hetang-qwbgs 2020 appears more than once");
    }

    @Test
    void a_candidate_batch_is_read_after_every_accepted_batch_under_its_folder_name() throws IOException {
        correctedBatch("20261127-090000-1");
        Path candidate = root.resolve("staging").resolve("preview-7");
        copy(TestDatabase.SEED, candidate);
        LoadSources sources = new LoadSources(data, imports).withCandidate(candidate);
        assertThat(sources.list()).extracting(DataSetSource::label)
                .containsExactly("seed", "imports/20261127-090000-1", "imports/preview-7");
        db.loader().load(sources);
        // the candidate restates the seed's 516.66 and wins over the batch's 474.25
        assertThat(incomeTotal()).isEqualByComparingTo("516.66");
        assertThat(versions()).containsExactly("imports/20261127-090000-1:false:imports/preview-7",
                "imports/preview-7:true:-", "seed:false:imports/preview-7");
    }

    @Test
    void the_fingerprint_changes_when_a_batch_is_withdrawn() throws IOException {
        Path batch = correctedBatch("20261127-090000-1");
        LoadSources sources = new LoadSources(data, imports);
        String before = DataLoader.fingerprint(sources);
        assertThat(DataLoader.fingerprint(sources)).isEqualTo(before);
        Files.writeString(batch.resolve(LoadSources.WITHDRAWN), "withdrawn by test");
        assertThat(DataLoader.fingerprint(sources)).isNotEqualTo(before);
    }
}
