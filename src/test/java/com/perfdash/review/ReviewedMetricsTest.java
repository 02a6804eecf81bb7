package com.perfdash.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.TestDatabase;
import com.perfdash.security.AuditLog;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 复核后 metrics on the seed (2020): 基本支出 corrected from the stated 580.92 to 478.56 万元 and the
 * report reviewed at 88.5 (stated 92): the reviewed year totals and scores move, the stated ones do not.
 */
class ReviewedMetricsTest {

    private static final String SEED_UNIT = "zz-hetang-qwbgs";

    @TempDir
    static Path data;

    private static ReviewFixture fixture;

    @BeforeAll
    static void load() {
        fixture = new ReviewFixture();
        CsvDataSet.copy(TestDatabase.SEED, data, "seed");
        fixture.load(data);
        ReviewDecisions finance = new ReviewDecisions(fixture.db().jdbi(), TestDatabase.CLOCK,
                new AuditLog(fixture.db().jdbi(), TestDatabase.CLOCK), ReviewUsers.finance());
        finance.correct(SEED_UNIT, 2020, "expenditure_basic", "correction", new BigDecimal("478.56"),
                "基本支出应为支出 516.66 减项目支出 38.1", List.of());
        finance.setStatus(SEED_UNIT, 2020, ReviewStatus.REVIEWED, null, new BigDecimal("88.5"));
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static Map<String, Object> year(String basis) {
        return fixture.db().jdbi().withHandle(h -> h.createQuery(
                        "SELECT basic_spending, project_spending, executed, full_year_budget, median_score, grade_excellent, grade_good "
                                + "FROM year_metrics(CAST([] AS VARCHAR[]), 'all', p_basis := :basis) WHERE fiscal_year = 2020")
                .bind("basis", basis).mapToMap().one());
    }

    @Test
    void a_correction_of_basic_spending_changes_the_reviewed_totals_and_not_the_stated_ones() {
        assertThat((BigDecimal) year("stated").get("basic_spending")).isEqualByComparingTo("580.92");
        assertThat((BigDecimal) year("reviewed").get("basic_spending")).isEqualByComparingTo("478.56");
        assertThat((BigDecimal) year("reviewed").get("project_spending")).isEqualByComparingTo("38.10");
        assertThat((BigDecimal) year("reviewed").get("executed")).as("not corrected").isEqualByComparingTo("516.66");
    }

    @Test
    void the_reviewed_score_is_the_复核得分_and_its_grade_counts_under_复核后_only() {
        assertThat((BigDecimal) year("stated").get("median_score")).isEqualByComparingTo("92");
        assertThat(year("stated").get("grade_excellent")).isEqualTo(1);
        assertThat((BigDecimal) year("reviewed").get("median_score")).isEqualByComparingTo("88.5");
        assertThat(year("reviewed").get("grade_excellent")).isEqualTo(0);
        assertThat(year("reviewed").get("grade_good")).isEqualTo(1);
    }

    @Test
    void the_reviewed_row_says_the_review_status_and_how_many_figures_are_corrected() {
        Map<String, Object> row = fixture.db().jdbi().withHandle(h -> h.createQuery(
                "SELECT review_status, reviewed, corrections, score_grade FROM report_metrics_reviewed WHERE unit_code = :u")
                .bind("u", SEED_UNIT).mapToMap().one());
        assertThat(row).containsEntry("review_status", "reviewed").containsEntry("reviewed", true)
                .containsEntry("corrections", 1).containsEntry("score_grade", "良");
        BigDecimal stated = fixture.db().jdbi().withHandle(h -> h.createQuery("SELECT basic_spending FROM report_metrics WHERE unit_code = :u")
                .bind("u", SEED_UNIT).mapTo(BigDecimal.class).one());
        assertThat(stated).isEqualByComparingTo("580.92");
    }

    @Test
    void the_overview_under_复核后_shows_the_reviewed_figures() {
        com.perfdash.overview.OverviewService overview = new com.perfdash.overview.OverviewService(fixture.db().jdbi());
        com.perfdash.overview.OverviewFilter stated = com.perfdash.overview.OverviewFilter.years(2020, 2020);
        assertThat(overview.yearAggregates(stated)).singleElement()
                .satisfies(y -> assertThat(y.medianScore()).isEqualByComparingTo("92"));
        assertThat(overview.yearAggregates(stated.withBasis(Basis.REVIEWED))).singleElement()
                .satisfies(y -> assertThat(y.medianScore()).isEqualByComparingTo("88.5"));
        assertThat(overview.gradeMixes(stated.withBasis(Basis.REVIEWED))).singleElement()
                .isEqualTo(new com.perfdash.overview.GradeMix(2020, 0, 1, 0, 0, 0));
    }
}
