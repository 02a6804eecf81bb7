package com.perfdash.units;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.TestDatabase;
import com.perfdash.ingest.ReportMetricsStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report page links a listed project to the table that evaluates it by the one key of a project's
 * name and the same rule the review checks use (project_key, same_project: db/views/06_project_key.sql).
 */
class ProjectTableLinkTest {

    @TempDir
    static Path data;

    private static TestDatabase db;

    @BeforeAll
    static void load() throws IOException {
        db = UnitsFixtures.seedOnly(data);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    /** The seed report's listed projects, with {@code extra} added in a transaction that is rolled back. */
    private static List<ProjectRow> seedProjectsWith(String... extra) {
        return db.jdbi().inTransaction(h -> {
            long reportId = h.createQuery("SELECT report_id FROM report WHERE unit_code = 'zz-hetang-qwbgs' AND fiscal_year = 2020")
                    .mapTo(Long.class).one();
            for (int i = 0; i < extra.length; i++) {
                h.execute("INSERT INTO project (report_id, seq, project_name, kind) VALUES (?, ?, ?, 'initial')", reportId, 90 + i, extra[i]);
            }
            // as every load does: the new names' keys stored
            ReportMetricsStore.refresh(h);
            List<ProjectRow> rows = h.attach(UnitsQueries.class).projects(reportId);
            h.rollback();
            return rows;
        });
    }

    @Test
    void the_report_page_links_a_listed_project_to_its_table_by_the_same_rule() {
        // the seed attaches one project table, 民主监督经费 (table 1), for none of the eight projects it lists
        assertThat(seedProjectsWith()).hasSize(8).allMatch(p -> p.evalTableNo() == null);

        List<ProjectRow> rows = seedProjectsWith("民主监督", "《民主监督》专项经费", "区委机要项目");
        assertThat(rows).filteredOn(p -> p.seq() >= 90).extracting(p -> p.projectName() + "=" + p.evalTableNo())
                .containsExactly("民主监督=1", "《民主监督》专项经费=1", "区委机要项目=null");
    }
}
