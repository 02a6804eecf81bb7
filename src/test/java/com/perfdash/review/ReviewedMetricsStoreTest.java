package com.perfdash.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.TestDatabase;
import com.perfdash.security.AuditLog;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 复核后 metrics are stored (report_metrics_reviewed_store, project_reviewed_delta_store) and kept equal
 * to their definitions by every load and every review decision, one report at a time. On the demo district:
 * qh-nanhu-jd 2018 lists project #4 with a budget of 1,510,000.00 written in 元 (151.00 万元); the year's
 * project budgets sum to 1,526,671.32 万元 as stated, 16,671.32 without #4, 16,822.32 with #4 corrected.
 */
class ReviewedMetricsStoreTest {

    private static final String UNIT = "qh-nanhu-jd";

    @TempDir
    Path data;

    private ReviewFixture fixture;
    private ReviewDecisions finance;

    @BeforeEach
    void load() {
        fixture = ReviewFixture.shipped("demo", data);
        finance = new ReviewDecisions(fixture.db().jdbi(), TestDatabase.CLOCK, new AuditLog(fixture.db().jdbi(), TestDatabase.CLOCK),
                ReviewUsers.finance());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** Rows in one relation and not the other, both ways. */
    private static int difference(Handle h, String a, String b) {
        return h.createQuery("SELECT (SELECT count(*) FROM (SELECT * FROM " + a + " EXCEPT ALL SELECT * FROM " + b + ")) "
                + "+ (SELECT count(*) FROM (SELECT * FROM " + b + " EXCEPT ALL SELECT * FROM " + a + "))").mapTo(Integer.class).one();
    }

    private void assertStoresAreCurrent() {
        fixture.db().jdbi().useHandle(h -> {
            assertThat(difference(h, "report_metrics_reviewed_store", "report_metrics_reviewed_live")).isZero();
            assertThat(difference(h, "project_reviewed_delta_store", "project_reviewed_delta_live")).isZero();
        });
    }

    private BigDecimal reviewedFunding2018() {
        return fixture.db().jdbi().withHandle(h -> h.createQuery(
                        "SELECT sum(project_funding) FROM report_metrics_reviewed WHERE fiscal_year = 2018").mapTo(BigDecimal.class).one());
    }

    private Finding slip() {
        return fixture.service().findings(FindingFilter.ALL.withRule(ReviewRule.UNIT_TEN_THOUSAND), 0, 100).stream()
                .filter(f -> f.unitCode().equals(UNIT) && f.fiscalYear() == 2018).findFirst().orElseThrow();
    }

    @Test
    void after_a_load_the_stores_hold_what_the_definitions_say_and_the_元_budget_is_left_out() {
        assertStoresAreCurrent();
        assertThat(reviewedFunding2018()).isEqualByComparingTo("16671.32");
        fixture.db().jdbi().useHandle(h -> assertThat(h.createQuery(
                        "SELECT count(*) FROM report_metrics_reviewed_store").mapTo(Integer.class).one())
                .isEqualTo(h.createQuery("SELECT count(*) FROM report").mapTo(Integer.class).one()));
    }

    @Test
    void each_decision_refreshes_its_report() {
        finance.dispose(List.of(slip()), Disposition.DISMISSED, "经核实该项目预算确为 151 万元以外的专项");
        assertStoresAreCurrent();
        assertThat(reviewedFunding2018()).isEqualByComparingTo("1526671.32");

        finance.dispose(List.of(slip()), Disposition.OPEN, null);
        finance.correct(UNIT, 2018, "p4:budget", "correction", new BigDecimal("151.00"), "元填作万元，按万元更正", List.of(slip()));
        assertStoresAreCurrent();
        assertThat(reviewedFunding2018()).isEqualByComparingTo("16822.32");

        finance.withdrawCorrection(UNIT, 2018, "p4:budget", "更正有误，撤回");
        assertStoresAreCurrent();

        finance.setStatus(UNIT, 2018, ReviewStatus.REVIEWED, null, new BigDecimal("87.50"));
        assertStoresAreCurrent();
        fixture.db().jdbi().useHandle(h -> assertThat(h.createQuery(
                        "SELECT total_score FROM report_metrics_reviewed WHERE unit_code = :u AND fiscal_year = 2018")
                .bind("u", UNIT).mapTo(BigDecimal.class).one()).isEqualByComparingTo("87.50"));
    }

    @Test
    void a_unit_scoped_connection_reads_its_own_unit_only() {
        fixture.db().jdbi().useHandle(h -> {
            h.execute("SET VARIABLE scope_unit = '" + UNIT + "'");
            assertThat(h.createQuery("SELECT DISTINCT unit_code FROM report_metrics_reviewed").mapTo(String.class).list())
                    .containsExactly(UNIT);
            h.execute("SET VARIABLE scope_unit = NULL");
        });
    }
}
