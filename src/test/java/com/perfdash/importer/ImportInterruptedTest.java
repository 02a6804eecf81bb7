package com.perfdash.importer;

import static com.perfdash.importer.ImportFixture.cell;
import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.TestDatabase;
import com.perfdash.ingest.DataFolderLoader;
import com.perfdash.ingest.LoadSources;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A confirmed import becomes active only once its load committed: a batch folder left without its
 * commit marker (the app killed between the move and the marker) is not loaded at the next start,
 * is listed as interrupted and waits for a decision, import or discard, each audited.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportInterruptedTest {

    @TempDir
    static Path root;

    private ImportFixture fx;
    private final List<String> audit = new CopyOnWriteArrayList<>();

    @BeforeAll
    void setUp() throws IOException {
        fx = new ImportFixture(root);
    }

    @AfterEach
    void reset() {
        audit.clear();
        fx.reset();
    }

    @AfterAll
    void tearDown() {
        fx.close();
    }

    private BigDecimal incomeTotal() {
        return fx.db.jdbi().withHandle(h -> h.createQuery("SELECT income_total FROM report WHERE unit_code = 'zz-hetang-qwbgs'")
                .mapTo(BigDecimal.class).one());
    }

    /** Confirms an import of the seed with a corrected income total (474.25), then leaves it as a kill would. */
    private String killedImport() throws IOException {
        ImportPreview p = fx.preview(fx.seedWorkbook("corrected.xlsx", wb -> cell(wb.getSheet("报告信息"), 15, "B").setCellValue(474.25)));
        assertThat(p.errors()).isEmpty();
        String batch = fx.service.confirm(p.id(), "clerk").batch();
        assertThat(incomeTotal()).isEqualByComparingTo("474.25");
        Path marker = fx.imports.resolve(batch).resolve(LoadSources.COMMITTED);
        assertThat(marker).as("the commit marker, written after the load committed").exists();
        // killed after the batch was moved in, before its marker (and log row) were written
        Files.delete(marker);
        fx.db.jdbi().useHandle(h -> {
            h.execute("DELETE FROM import_log_file");
            h.execute("DELETE FROM import_log");
        });
        return batch;
    }

    /** A new start over the same database and folders: the loader's first load, then the service's reconcile. */
    private ImportService restart() {
        DataFolderLoader loader = new DataFolderLoader(fx.db.jdbi(), TestDatabase.CLOCK, List.of(), fx.data.toString(),
                fx.imports.toString(), false);
        loader.afterPropertiesSet();
        ImportService service = new ImportService(fx.db.jdbi(), TestDatabase.CLOCK, loader, ImportLimits.DEFAULT,
                ImportService.FindingsReader.NONE, (user, event, detail) -> audit.add(user + " " + event + " " + detail));
        service.reconcile();
        return service;
    }

    @Test
    void a_killed_import_is_not_active_at_the_next_start_and_waits_for_a_decision() throws IOException {
        String batch = killedImport();

        ImportService service = restart();

        assertThat(incomeTotal()).as("the seed as it was: the interrupted batch is not loaded").isEqualByComparingTo("516.66");
        assertThat(fx.importLog()).as("no accepted row is invented for it").isEmpty();
        assertThat(service.interrupted()).singleElement().satisfies(i -> {
            assertThat(i.batch()).isEqualTo(batch);
            assertThat(i.uploadedBy()).isEqualTo("clerk");
            assertThat(i.files()).isEqualTo("corrected.xlsx");
            assertThat(i.unitYears()).isEqualTo("zz-hetang-qwbgs 2020");
        });
        assertThat(audit).containsExactly("system import_interrupted " + batch
                + ": zz-hetang-qwbgs 2020 (its load never committed; waiting for import or discard)");

        restart();
        assertThat(audit).as("audited once, not at every start").hasSize(1);
    }

    @Test
    void an_interrupted_import_imported_by_finance_becomes_active_and_is_audited() throws IOException {
        String batch = killedImport();
        ImportService service = restart();

        ImportOutcome o = service.importInterrupted(batch, "finance");

        assertThat(o.done()).isTrue();
        assertThat(incomeTotal()).isEqualByComparingTo("474.25");
        assertThat(service.interrupted()).isEmpty();
        assertThat(fx.imports.resolve(batch).resolve(LoadSources.COMMITTED)).exists();
        assertThat(fx.importLog()).containsExactly("import:accepted:" + batch);
        assertThat(service.state(batch)).isEqualTo(BatchState.APPLIED);
        assertThat(audit).last().isEqualTo("finance import_interrupted_imported " + batch);

        restart();
        assertThat(incomeTotal()).as("active after the next start too").isEqualByComparingTo("474.25");
    }

    @Test
    void an_interrupted_import_discarded_is_set_aside_with_its_files_and_audited() throws IOException {
        String batch = killedImport();
        ImportService service = restart();

        ImportOutcome o = service.discardInterrupted(batch, "finance");

        assertThat(o.done()).isTrue();
        assertThat(incomeTotal()).isEqualByComparingTo("516.66");
        assertThat(service.interrupted()).isEmpty();
        assertThat(fx.imports.resolve(".discarded").resolve(batch).resolve("originals").resolve("corrected.xlsx")).exists();
        assertThat(fx.importLog()).containsExactly("import:cancelled:" + batch);
        assertThat(audit).last().isEqualTo("finance import_interrupted_discarded " + batch);
        assertThat(service.importInterrupted(batch, "finance").done()).as("nothing left to import").isFalse();
    }

    @Test
    void an_accepted_batch_from_before_the_marker_stays_active() throws IOException {
        ImportPreview p = fx.preview(fx.seedWorkbook("corrected.xlsx", wb -> cell(wb.getSheet("报告信息"), 15, "B").setCellValue(474.25)));
        String batch = fx.service.confirm(p.id(), "clerk").batch();
        // a batch accepted by an older version: logged as accepted, no marker
        Files.delete(fx.imports.resolve(batch).resolve(LoadSources.COMMITTED));

        ImportService service = restart();

        assertThat(incomeTotal()).isEqualByComparingTo("474.25");
        assertThat(service.interrupted()).isEmpty();
        assertThat(fx.imports.resolve(batch).resolve(LoadSources.COMMITTED)).exists();
        assertThat(audit).isEmpty();
    }
}
