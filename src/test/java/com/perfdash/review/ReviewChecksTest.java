package com.perfdash.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.perfdash.TestDatabase;
import com.perfdash.ingest.AfterLoadStep;
import com.perfdash.ingest.DataLoadException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.stereotype.Component;

/** The checks as part of every load: findings follow the loaded reports, and each rule runs exactly once. */
class ReviewChecksTest {

    @TempDir
    Path data;

    @Test
    void every_rule_of_the_catalogue_is_checked_exactly_once() {
        Set<ReviewRule> sql = ReviewChecks.SQL_RULES.keySet();
        assertThat(sql).doesNotContainAnyElementsOf(ReviewChecks.JAVA_RULES);
        Set<ReviewRule> all = EnumSet.copyOf(sql);
        all.addAll(ReviewChecks.JAVA_RULES);
        assertThat(all).containsExactlyInAnyOrder(ReviewRule.values());
    }

    @Test
    void the_checks_are_a_spring_bean_the_folder_loader_runs_after_each_load() {
        assertThat(AfterLoadStep.class).isAssignableFrom(ReviewChecks.class);
        assertThat(ReviewChecks.class).hasAnnotation(Component.class);
    }

    @Test
    void every_rule_is_documented_with_its_code_and_severity() throws IOException {
        String doc = Files.readString(Path.of("docs/review-checks.md"));
        for (ReviewRule r : ReviewRule.values()) {
            assertThat(doc).as(r.code()).contains("`" + r.code() + "`").contains(r.code() + "` — " + r.severity());
        }
    }

    @Test
    void a_reload_replaces_the_findings_and_a_failed_load_keeps_them() throws IOException {
        try (ReviewFixture fixture = new ReviewFixture()) {
            CsvDataSet seed = CsvDataSet.copy(TestDatabase.SEED, data, "seed");
            assertThat(fixture.load(data)).hasSize(22);
            seed.set("reports.csv", CsvDataSet.where(), "income_total", "不详");
            assertThatThrownBy(() -> fixture.loader().load(data)).isInstanceOf(DataLoadException.class);
            assertThat(fixture.all()).hasSize(22);
            Files.walk(data.resolve("seed")).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            CsvDataSet.copy(ReviewFixture.CLEAN, data, "clean");
            assertThat(fixture.load(data)).isEmpty();
        }
    }

    @Test
    void a_failing_check_rolls_the_whole_load_back() {
        try (ReviewFixture fixture = new ReviewFixture()) {
            AfterLoadStep broken = h -> {
                throw new IllegalStateException("check failed");
            };
            CsvDataSet.copy(TestDatabase.SEED, data, "seed");
            assertThatThrownBy(() -> new com.perfdash.ingest.DataLoader(fixture.db().jdbi(), TestDatabase.CLOCK,
                    java.util.List.of(fixture.checks(), broken)).load(data)).hasMessageContaining("check failed");
            assertThat(fixture.db().contentFingerprint()).startsWith("unit:0/");
            assertThat(fixture.all()).isEmpty();
        }
    }

    @Test
    void stale_findings_from_other_checks_are_recomputed_on_start_and_current_ones_are_kept() {
        try (ReviewFixture fixture = new ReviewFixture()) {
            CsvDataSet.copy(TestDatabase.SEED, data, "seed");
            fixture.load(data);
            StaleFindingsRefresher refresher = new StaleFindingsRefresher(fixture.db().jdbi(), fixture.checks());
            int runs = runs(fixture);
            refresher.refreshIfStale();
            assertThat(runs(fixture)).as("current findings are kept").isEqualTo(runs);

            fixture.db().jdbi().useHandle(h -> {
                h.execute("DELETE FROM review_finding");
                h.execute("UPDATE review_run SET checks_version = 'an older catalogue'");
            });
            refresher.refreshIfStale();
            assertThat(runs(fixture)).isEqualTo(runs + 1);
            assertThat(fixture.all()).hasSize(22);
        }
    }

    @Test
    void findings_inserted_in_small_chunks_while_candidates_are_read_are_all_kept() {
        SyntheticDistrict.write(data, 3, 10);
        try (ReviewFixture fixture = new ReviewFixture()) {
            List<Finding> whole = fixture.load(data);
            ReviewRun chunked = fixture.db().jdbi().inTransaction(h -> new ReviewChecks(TestDatabase.CLOCK, 7).run(h));
            assertThat(chunked.findings()).isEqualTo(whole.size()).isEqualTo(30 * 22 + 4 * 2 + 3 * 2);
            assertThat(fixture.all()).extracting(ReviewFixture::where)
                    .containsExactlyInAnyOrderElementsOf(whole.stream().map(ReviewFixture::where).toList());
        }
    }

    @Test
    void the_checks_version_is_stable_and_names_the_logic_version() {
        assertThat(ReviewChecks.checksVersion()).isEqualTo(ReviewChecks.checksVersion())
                .startsWith(ReviewChecks.LOGIC_VERSION + "-");
    }

    @Test
    void the_per_table_execution_rate_is_the_report_metric_for_the_whole_unit_table() {
        try (ReviewFixture fixture = new ReviewFixture()) {
            CsvDataSet.copy(TestDatabase.SEED, data, "seed")
                    .set("funds_rows.csv", CsvDataSet.where("table_no", "0", "row_kind", "total"), "executed", "480");
            fixture.load(data);
            Double[] rates = fixture.db().jdbi().withHandle(h -> h.createQuery(
                    "SELECT m.execution_rate, r.execution_rate FROM eval_table_metrics m "
                            + "JOIN report_metrics r USING (report_id) WHERE m.table_no = 0")
                    .map((rs, ctx) -> new Double[] {rs.getDouble(1), rs.getDouble(2)}).one());
            assertThat(rates[0]).isEqualTo(rates[1]).isEqualTo(480 / 516.66);
        }
    }

    private static int runs(ReviewFixture fixture) {
        return fixture.db().jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM review_run").mapTo(Integer.class).one());
    }

    @SuppressWarnings("unused")
    private static Set<String> codes() {
        return Set.copyOf(Arrays.stream(ReviewRule.values()).map(ReviewRule::code).toList());
    }
}
