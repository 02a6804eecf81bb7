package com.perfdash.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.perfdash.TestDatabase;
import com.perfdash.security.AuditLog;
import com.perfdash.security.CurrentUser;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finance's dispositions of the seed's findings (2020, 22 findings): recorded with who, when and why,
 * kept as history, selected by the disposition filter, kept across a reload that renumbers the
 * findings, and refused to anyone but finance and administrators.
 */
class DispositionTest {

    private static final String SEED_UNIT = "zz-hetang-qwbgs";

    @TempDir
    static Path data;

    private static ReviewFixture fixture;
    private static ReviewService findings;
    private static AuditLog audit;

    @BeforeAll
    static void load() {
        fixture = ReviewFixture.shipped("seed", data);
        findings = fixture.service();
        audit = new AuditLog(fixture.db().jdbi(), TestDatabase.CLOCK);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @BeforeEach
    void noDecisions() {
        fixture.db().jdbi().useHandle(h -> {
            h.execute("DELETE FROM finding_disposition");
            com.perfdash.ingest.ReportMetricsStore.refreshReviewed(h);
        });
    }

    private static ReviewDecisions decisions(CurrentUser user) {
        return new ReviewDecisions(fixture.db().jdbi(), TestDatabase.CLOCK, audit, user);
    }

    private static List<Finding> of(ReviewRule rule) {
        return findings.findings(FindingFilter.ALL.withRule(rule), 0, 1000);
    }

    private static int stored() {
        return fixture.db().jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM finding_disposition").mapTo(Integer.class).one());
    }

    @Test
    void every_finding_starts_open() {
        assertThat(findings.findings(FindingFilter.ALL, 0, 1000)).hasSize(22)
                .allSatisfy(f -> assertThat(f.disposition()).isEqualTo(Disposition.OPEN));
        assertThat(findings.count(FindingFilter.ALL.withDisposition(Disposition.OPEN))).isEqualTo(22);
    }

    @Test
    void a_confirmed_finding_shows_who_decided_when_and_why_and_the_filter_selects_it() {
        Finding income = of(ReviewRule.SUM_INCOME_PARTS).get(0);
        assertThat(income.findingKey()).isEqualTo("SUM_INCOME_PARTS|income|income_total");

        decisions(ReviewUsers.finance()).dispose(List.of(income), Disposition.CONFIRMED, "年初预算与调整追加之和为 474.25");

        Finding now = of(ReviewRule.SUM_INCOME_PARTS).get(0);
        assertThat(now.disposition()).isEqualTo(Disposition.CONFIRMED);
        assertThat(now.dispositionBy()).isEqualTo("finance");
        assertThat(now.dispositionReason()).isEqualTo("年初预算与调整追加之和为 474.25");
        assertThat(now.dispositionAt()).isEqualTo(java.time.LocalDateTime.now(TestDatabase.CLOCK));
        assertThat(findings.findings(FindingFilter.ALL.withDisposition(Disposition.CONFIRMED), 0, 100))
                .extracting(Finding::findingKey).containsExactly(income.findingKey());
        assertThat(findings.count(FindingFilter.ALL.withDisposition(Disposition.OPEN))).isEqualTo(21);
        assertThat(audit.latest(1)).singleElement().satisfies(e -> {
            assertThat(e.username()).isEqualTo("finance");
            assertThat(e.event()).isEqualTo("finding_disposition");
            assertThat(e.detail()).isEqualTo(SEED_UNIT + " 2020 SUM_INCOME_PARTS|income|income_total: confirmed (年初预算与调整追加之和为 474.25)");
        });
    }

    @Test
    void a_bulk_action_dispositions_every_selected_finding_and_the_history_keeps_each_decision_latest_first() {
        List<Finding> offMet = of(ReviewRule.ATTAIN_POINTS_OFF_MET);
        assertThat(offMet).hasSize(4);
        ReviewDecisions finance = decisions(ReviewUsers.finance());

        assertThat(finance.dispose(offMet, Disposition.CONFIRMED, null)).isEqualTo(4);
        finance.dispose(offMet.subList(0, 1), Disposition.DISMISSED, "扣分理由见自评报告正文第三部分");

        assertThat(findings.count(FindingFilter.ALL.withDisposition(Disposition.CONFIRMED))).isEqualTo(3);
        assertThat(findings.count(FindingFilter.ALL.withDisposition(Disposition.DISMISSED))).isEqualTo(1);
        assertThat(finance.history(offMet.get(0))).extracting(DispositionEntry::disposition)
                .containsExactly(Disposition.DISMISSED, Disposition.CONFIRMED);
        assertThat(finance.history(offMet.get(1))).extracting(DispositionEntry::disposition).containsExactly(Disposition.CONFIRMED);
    }

    @Test
    void the_overview_counts_the_years_findings_by_disposition() {
        ReviewDecisions finance = decisions(ReviewUsers.finance());
        finance.dispose(of(ReviewRule.ATTAIN_POINTS_OFF_MET), Disposition.CONFIRMED, null);
        finance.dispose(of(ReviewRule.SUM_INCOME_PARTS), Disposition.CORRECTED, "收入分项已更正");
        finance.dispose(of(ReviewRule.PLAUS_PROJECT_NOT_LISTED), Disposition.DISMISSED, "民主监督经费为年中追加项目");

        List<com.perfdash.overview.YearFindings> years = fixture.db().jdbi().withExtension(com.perfdash.overview.OverviewQueries.class,
                q -> q.findingCounts(2020, 2020, new String[0], "all"));
        assertThat(years).singleElement().satisfies(y -> {
            assertThat(y.total()).isEqualTo(22);
            assertThat(y.confirmed()).isEqualTo(4);
            assertThat(y.corrected()).isEqualTo(1);
            assertThat(y.dismissed()).isEqualTo(of(ReviewRule.PLAUS_PROJECT_NOT_LISTED).size()).isPositive();
            assertThat(y.open()).isEqualTo(22 - 4 - 1 - y.dismissed());
        });
    }

    @Test
    void not_a_problem_needs_a_reason_and_without_one_nothing_is_written() {
        Finding grade = of(ReviewRule.SUM_FUNDS_ROWS).get(0);

        assertThatThrownBy(() -> decisions(ReviewUsers.finance()).dispose(List.of(grade), Disposition.DISMISSED, "  "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("不是问题");
        assertThat(stored()).isZero();
    }

    @Test
    void a_unit_user_and_a_leader_are_refused_by_the_service_and_nothing_is_written() {
        List<Finding> all = findings.findings(FindingFilter.ALL, 0, 1000);

        assertThatThrownBy(() -> decisions(ReviewUsers.unit(SEED_UNIT)).dispose(all, Disposition.DISMISSED, "我们认为没有问题"))
                .isInstanceOf(ReviewNotAllowedException.class);
        assertThatThrownBy(() -> decisions(ReviewUsers.leader()).dispose(all, Disposition.CONFIRMED, null))
                .isInstanceOf(ReviewNotAllowedException.class);
        assertThat(decisions(ReviewUsers.unit(SEED_UNIT)).mayReview()).isFalse();
        assertThat(stored()).isZero();
    }

    @Test
    void a_disposition_survives_a_reload_that_renumbers_the_findings() {
        Finding cost = of(ReviewRule.PLAUS_COST_VS_SPENDING).get(0);
        decisions(ReviewUsers.finance()).dispose(List.of(cost), Disposition.CORRECTED, "成本控制数已按 516.66 更正");

        fixture.load(data);

        Finding reloaded = of(ReviewRule.PLAUS_COST_VS_SPENDING).get(0);
        assertThat(reloaded.findingKey()).isEqualTo(cost.findingKey());
        assertThat(reloaded.disposition()).isEqualTo(Disposition.CORRECTED);
        assertThat(reloaded.dispositionReason()).isEqualTo("成本控制数已按 516.66 更正");
    }
}
