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
 * The demo district under 复核后: an amount with an open UNIT_TEN_THOUSAND finding (元 written as 万元) is
 * left out of the totals. data/demo/projects.csv lists four such project budgets: qh-minzheng 2016 #6
 * 627,400.00, qh-nanhu-jd 2018 #4 1,510,000.00, qh-qinghe-jd 2020 #4 990,000.00, qh-zhengfawei 2024 #1
 * 155,000.00 (each 10⁴ times its actual). The 2018 project budgets sum to 1,526,671.32 万元 as stated;
 * without qh-nanhu-jd's #4 that is 16,671.32 万元.
 */
class ReviewedDemoTotalsTest {

    @TempDir
    static Path data;

    private static ReviewFixture fixture;

    @BeforeAll
    static void load() {
        fixture = ReviewFixture.shipped("demo", data);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static Map<String, Object> year(int fiscalYear, String basis) {
        return year(fixture.db().jdbi(), fiscalYear, basis);
    }

    /** The district's project funding (万元) and how many amounts are left out, in one year under a 口径. */
    static Map<String, Object> year(org.jdbi.v3.core.Jdbi jdbi, int fiscalYear, String basis) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT project_funding, left_out FROM year_metrics(CAST([] AS VARCHAR[]), 'all', p_basis := :basis) "
                                + "WHERE fiscal_year = :y")
                .bind("basis", basis).bind("y", fiscalYear).mapToMap().one());
    }

    @Test
    void under_复核后_the_2018_project_funding_leaves_out_the_budget_written_in_元() {
        assertThat((BigDecimal) year(2018, "stated").get("project_funding")).isEqualByComparingTo("1526671.32");
        assertThat((BigDecimal) year(2018, "reviewed").get("project_funding")).isEqualByComparingTo("16671.32");
        assertThat(year(2018, "reviewed").get("left_out")).isEqualTo(1);
        assertThat(year(2018, "stated").get("left_out")).isEqualTo(0);
    }

    @Test
    void under_复核后_no_year_is_dominated_by_a_元_万元_slip() {
        assertNoYearDominatedBySlips(fixture.db().jdbi());
    }

    /** Under 复核后 the largest year's project funding is less than twice the smallest's: no 元/万元 slip swells a year. */
    static void assertNoYearDominatedBySlips(org.jdbi.v3.core.Jdbi jdbi) {
        List<BigDecimal> funding = jdbi.withHandle(h -> h.createQuery(
                        "SELECT project_funding FROM year_metrics(CAST([] AS VARCHAR[]), 'all', p_basis := 'reviewed') ORDER BY fiscal_year")
                .mapTo(BigDecimal.class).list());
        assertThat(funding).hasSize(10);
        BigDecimal least = funding.stream().min(BigDecimal::compareTo).orElseThrow();
        BigDecimal most = funding.stream().max(BigDecimal::compareTo).orElseThrow();
        assertThat(most).as("largest year against the smallest").isLessThan(least.multiply(new BigDecimal("2")));
    }

    @Test
    void a_dismissed_finding_or_a_correction_puts_the_amount_back() {
        ReviewDecisions finance = new ReviewDecisions(fixture.db().jdbi(), TestDatabase.CLOCK,
                new AuditLog(fixture.db().jdbi(), TestDatabase.CLOCK), ReviewUsers.finance());
        finance.correct("qh-nanhu-jd", 2018, "p4:budget", "correction", new BigDecimal("151.00"), "按元填报，应为 151 万元", List.of());
        try {
            assertThat((BigDecimal) year(2018, "reviewed").get("project_funding")).isEqualByComparingTo("16822.32");
            assertThat(year(2018, "reviewed").get("left_out")).isEqualTo(0);
        } finally {
            finance.withdrawCorrection("qh-nanhu-jd", 2018, "p4:budget", "撤回");
        }
        assertThat((BigDecimal) year(2018, "reviewed").get("project_funding")).isEqualByComparingTo("16671.32");
    }
}
