package com.perfdash.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.TestDatabase;
import com.perfdash.review.ReviewChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A set without a manifest, already loaded, whose indicators.csv is cut off halfway: the reload would
 * drop half of the indicators, so it is held, not loaded; an administrator's confirmation loads it, a
 * dismissal keeps the old data.
 */
class HeldReloadTest {

    @TempDir
    Path dir;

    private TestDatabase db;
    private DataFolderLoader folder;
    private Path data;
    private int left;

    @BeforeEach
    void loadTheShippedDataWithoutManifestsAndCutTheDemoIndicators() throws IOException {
        data = dir.resolve("data");
        for (String set : List.of("demo", "seed")) {
            DataSetCompletenessTest.copyWithManifest(TestDatabase.DATA.resolve(set), data.resolve(set));
            Files.delete(data.resolve(set).resolve(LoadSources.MANIFEST)); // a set the user made
        }
        db = new TestDatabase();
        folder = new DataFolderLoader(db.jdbi(), TestDatabase.CLOCK, List.of(new ReviewChecks(TestDatabase.CLOCK)), data.toString(),
                dir.resolve("imports").toString(), false);
        folder.stability(new FileStability(0, 1, System::currentTimeMillis, millis -> { }));
        assertThat(folder.loadNow()).isNotNull();
        assertThat(count("indicator")).isEqualTo(6820);
        assertThat(count("review_finding")).isEqualTo(231);
        left = DataSetCompletenessTest.truncateHalfway(data.resolve("demo/indicators.csv"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private int count(String table) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Integer.class).one());
    }

    private List<HeldReloads.HeldReload> pending() {
        return db.jdbi().withHandle(HeldReloads::pending);
    }

    @Test
    void a_reload_dropping_half_of_a_sets_indicators_is_held_and_the_old_data_stays() {
        String before = db.contentFingerprint();

        assertThat(folder.loadNow()).as("not loaded").isNull();
        HeldReloads.HeldLoadException again = org.junit.jupiter.api.Assertions.assertThrows(HeldReloads.HeldLoadException.class,
                () -> folder.load());
        assertThat(again.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("demo/indicators.csv");
            assertThat(p.message()).startsWith("reload held: it would drop the loaded 6798 data rows to " + left);
            assertThat(p.message(java.util.Locale.CHINESE)).startsWith("重新加载已暂停：已加载的 6798 行数据将减少到 " + left + " 行");
        });

        assertThat(db.contentFingerprint()).isEqualTo(before);
        assertThat(count("indicator")).isEqualTo(6820);
        assertThat(count("review_finding")).isEqualTo(231);
        assertThat(pending()).singleElement().satisfies(h -> {
            assertThat(h.rows()).hasSize(8).allMatch(r -> r.dataSet().equals("demo"));
            assertThat(h.rows()).filteredOn(HeldReloads.FileRows::drops).singleElement()
                    .isEqualTo(new HeldReloads.FileRows("demo", "indicators.csv", 6798, left));
            assertThat(h.rows()).filteredOn(r -> r.fileName().equals("reports.csv")).singleElement()
                    .isEqualTo(new HeldReloads.FileRows("demo", "reports.csv", 270, 270));
        });
        // the next look (a restart, another change event) finds the same hold and records no other
        assertThat(folder.loadNow()).isNull();
        assertThat(pending()).hasSize(1);
        assertThat(count("indicator")).isEqualTo(6820);
    }

    @Test
    void an_administrators_confirmation_loads_the_held_files() {
        folder.loadNow();
        long id = pending().get(0).heldId();

        assertThat(folder.confirmHeld(id, "admin")).isEqualTo(DataFolderLoader.Decision.DONE);

        assertThat(count("indicator")).isEqualTo(22 + left);
        assertThat(pending()).isEmpty();
        assertThat(db.jdbi().withHandle(h -> HeldReloads.find(h, id)).orElseThrow())
                .satisfies(h -> assertThat(h.status() + " " + h.decidedBy()).isEqualTo("confirmed admin"));
        // loaded now: a look at the same files changes nothing
        assertThat(folder.loadNow().changed()).isFalse();
        assertThat(folder.confirmHeld(id, "admin")).isEqualTo(DataFolderLoader.Decision.NOT_PENDING);
    }

    @Test
    void a_dismissal_keeps_the_old_data_and_the_same_files_are_not_held_again() {
        folder.loadNow();
        long id = pending().get(0).heldId();

        assertThat(folder.dismissHeld(id, "admin")).isEqualTo(DataFolderLoader.Decision.DONE);

        assertThat(pending()).isEmpty();
        assertThat(folder.loadNow()).isNull();
        assertThat(pending()).isEmpty();
        assertThat(count("indicator")).isEqualTo(6820);
        assertThat(count("review_finding")).isEqualTo(231);
    }

    @Test
    void a_hold_of_files_that_changed_again_is_superseded_by_the_new_one() throws IOException {
        folder.loadNow();
        long first = pending().get(0).heldId();
        DataSetCompletenessTest.truncateHalfway(data.resolve("demo/projects.csv"));

        assertThat(folder.loadNow()).isNull();

        assertThat(pending()).singleElement().satisfies(h -> {
            assertThat(h.heldId()).isNotEqualTo(first);
            assertThat(h.rows()).filteredOn(HeldReloads.FileRows::drops).extracting(HeldReloads.FileRows::fileName)
                    .containsExactly("projects.csv", "indicators.csv");
        });
        assertThat(db.jdbi().withHandle(h -> HeldReloads.find(h, first)).orElseThrow().status()).isEqualTo("superseded");
        assertThat(count("indicator")).isEqualTo(6820);
    }

    @Test
    void files_changed_after_the_hold_are_not_loaded_by_its_confirmation() throws IOException {
        folder.loadNow();
        long id = pending().get(0).heldId();
        Files.writeString(data.resolve("demo/indicators.csv"), "", java.nio.file.StandardOpenOption.APPEND);
        Files.copy(TestDatabase.SEED.resolve("goals.csv"), data.resolve("seed/goals.csv"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(data.resolve("seed/goals.csv"), "\n", java.nio.file.StandardOpenOption.APPEND);

        assertThat(folder.confirmHeld(id, "admin")).isEqualTo(DataFolderLoader.Decision.FILES_CHANGED);
        assertThat(count("indicator")).isEqualTo(6820);
    }
}
