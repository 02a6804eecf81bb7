package com.perfdash.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.TestDatabase;
import com.perfdash.compare.CompareService;
import com.perfdash.export.AnnualSummary;
import com.perfdash.export.AnnualSummaryService;
import com.perfdash.export.FindingsTableReviewSummary;
import com.perfdash.export.SummaryScope;
import com.perfdash.overview.OverviewService;
import com.perfdash.security.AuditLog;
import com.perfdash.units.UnitsService;
import com.perfdash.base.db.ReadOnlyNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo district's review state (docs/review-checks.md, "The demo district's review state"), applied
 * to the shipped data (demo district and seed) on 30 June 2026, when the review of 2025 had been under
 * way since April. Expected figures are counted by hand from data/demo and its findings:
 * <ul>
 *   <li>2016–2023: every report 已复核 (26, 26, 26, 28, 28, 28, 27, 27 reports).</li>
 *   <li>2024 (27 reports): three reports contradict their own text and stay 退回修改 with their unit's
 *       answer — qh-nanhu-jd (预算收入 ≠ its parts), qh-jiwei and qh-tuanquwei (基本支出 above 支出) — the
 *       other 24 已复核.</li>
 *   <li>2025 (27 reports): the eight with an error are 审核中 — qh-beitang-jd, qh-danganguan, qh-fagai,
 *       qh-jiguanshiwu, qh-nanhu-jd, qh-qinghe-jd, qh-weijian, qh-zhengfawei — the other 19 待审核.</li>
 *   <li>qh-nanhu-jd 2018 project #4, 1,510,000.00 written in 元, is corrected to 151.00 万元: the 2018
 *       project funding under 复核后 is 1,526,671.32 − 1,510,000.00 + 151.00 = 16,822.32 万元.</li>
 *   <li>qh-beitang-jd 2025 states 101.58, its indicator 按时按质完成 scored 13 of 10: re-scored to 10, the
 *       score under 复核后 is 98.58. qh-zuzhibu 2019 states 101.30 with 民众满意率 12 of 10: 已复核 at 99.30.</li>
 * </ul>
 */
class DemoReviewStateTest {

    private static final Clock JUNE_2026 = Clock.fixed(Instant.parse("2026-06-30T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final String SEED_UNIT = "zz-hetang-qwbgs";

    @TempDir
    static Path data;

    private static ReviewFixture fixture;
    private static DemoReviewState.Outcome outcome;

    @BeforeAll
    static void loadAndApply() {
        CsvDataSet.copy(TestDatabase.SEED, data, "seed");
        fixture = ReviewFixture.shipped("demo", data);
        outcome = state(fixture.db().jdbi(), JUNE_2026).applyIfUntouched().orElseThrow();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static DemoReviewState state(Jdbi jdbi, Clock clock) {
        return new DemoReviewState(jdbi, clock, new AuditLog(jdbi, clock), new ReadOnlyNode(false), true);
    }

    /** Reports per fiscal year and review status (pending where no event), e.g. "2024 returned" → 3. */
    private static Map<String, Integer> statusCounts(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT m.fiscal_year || ' ' || m.review_status AS k, count(*)::INTEGER AS n
                        FROM basis_metrics('reviewed') m WHERE m.source_kind = 'demo' GROUP BY ALL""")
                .reduceRows(new java.util.TreeMap<String, Integer>(), (map, row) -> {
                    map.put(row.getColumn("k", String.class), row.getColumn("n", Integer.class));
                    return map;
                }));
    }

    private static long rows(Jdbi jdbi, String table) {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Long.class).one());
    }

    private static Map<String, Object> year(int fiscalYear) {
        return ReviewedDemoTotalsTest.year(fixture.db().jdbi(), fiscalYear, "reviewed");
    }

    @Test
    void most_past_reports_are_reviewed_a_few_returned_and_the_latest_year_partly_pending() {
        assertThat(statusCounts(fixture.db().jdbi())).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("2016 reviewed", 26), Map.entry("2017 reviewed", 26), Map.entry("2018 reviewed", 26),
                Map.entry("2019 reviewed", 28), Map.entry("2020 reviewed", 28), Map.entry("2021 reviewed", 28),
                Map.entry("2022 reviewed", 27), Map.entry("2023 reviewed", 27),
                Map.entry("2024 reviewed", 24), Map.entry("2024 returned", 3),
                Map.entry("2025 in_review", 8), Map.entry("2025 pending", 19)));
        assertThat(outcome.reports()).isEqualTo(270);
        assertThat(outcome.reviewed()).isEqualTo(240);
        assertThat(outcome.returned()).isEqualTo(3);
        assertThat(outcome.inReview()).isEqualTo(8);
        assertThat(outcome.pending()).isEqualTo(19);
    }

    @Test
    void a_returned_report_has_a_message_listing_its_findings_and_its_units_answer() {
        var decisions = new ReviewDecisions(fixture.db().jdbi(), JUNE_2026, new AuditLog(fixture.db().jdbi(), JUNE_2026),
                ReviewUsers.finance());
        ReportReview review = decisions.review("qh-nanhu-jd", 2024);
        assertThat(review.status()).isEqualTo(ReviewStatus.RETURNED);
        assertThat(review.by()).isEqualTo("finance");
        assertThat(review.message()).startsWith("经复核，你单位 2024 年度绩效自评报告存在以下问题：").contains("预算收入");
        List<ReviewEvent> events = decisions.events("qh-nanhu-jd", 2024);
        assertThat(events.get(0).comment()).isTrue();
        assertThat(events.get(0).username()).isEqualTo("qh-nanhu-jd");
        assertThat(events.get(0).message()).startsWith("已收到复核意见").contains("预算收入与其分项之和不符");
        // the demo unit account answers for its own unit: qh-caizheng 2020 went back and forth, then 已复核
        List<ReviewEvent> caizheng = decisions.events("qh-caizheng", 2020);
        assertThat(caizheng).extracting(e -> e.comment() ? "comment " + e.username() : e.status().code())
                .containsExactly("reviewed", "comment unit", "returned", "in_review");
    }

    @Test
    void a_slip_is_corrected_to_万元_and_under_复核后_the_2018_project_funding_includes_it() {
        assertThat((BigDecimal) year(2018).get("project_funding")).isEqualByComparingTo("16822.32");
        assertThat(year(2018).get("left_out")).isEqualTo(0);
        Correction c = new ReviewDecisions(fixture.db().jdbi(), JUNE_2026, new AuditLog(fixture.db().jdbi(), JUNE_2026),
                ReviewUsers.finance()).corrections("qh-nanhu-jd", 2018).stream()
                .filter(x -> x.figure().figureKey().equals("p4:budget")).findFirst().orElseThrow();
        assertThat(c.statedValue()).isEqualByComparingTo("1510000.00");
        assertThat(c.correctedValue()).isEqualByComparingTo("151.00");
        // the slip and the project sum it broke are 已更正; the slip was 属实 first
        assertThat(fixture.service().findingsForReport("qh-nanhu-jd", 2018)).extracting(f -> f.rule() + " " + f.disposition())
                .containsExactlyInAnyOrder("UNIT_TEN_THOUSAND CORRECTED", "SUM_PROJECT_BUDGET_CHANGE CORRECTED");
    }

    @Test
    void under_复核后_no_year_is_dominated_by_a_元_万元_slip() {
        ReviewedDemoTotalsTest.assertNoYearDominatedBySlips(fixture.db().jdbi());
    }

    @Test
    void scores_above_100_are_re_scored_and_the_summary_ranks_first_a_score_of_at_most_100() {
        Jdbi jdbi = fixture.db().jdbi();
        var summaries = new AnnualSummaryService(new OverviewService(jdbi), new CompareService(jdbi), new UnitsService(jdbi),
                new FindingsTableReviewSummary(jdbi));
        AnnualSummary s2025 = summaries.summary(2025, SummaryScope.district(), Basis.REVIEWED).orElseThrow();
        assertThat(s2025.ranking().get(0).totalScore()).isLessThanOrEqualTo(new BigDecimal("100"));
        assertThat(s2025.ranking()).filteredOn(l -> l.unitCode().equals("qh-beitang-jd")).singleElement()
                .satisfies(l -> assertThat(l.totalScore()).isEqualByComparingTo("98.58"));
        AnnualSummary s2019 = summaries.summary(2019, SummaryScope.district(), Basis.REVIEWED).orElseThrow();
        assertThat(s2019.ranking().get(0).totalScore()).isLessThanOrEqualTo(new BigDecimal("100"));
        var decisions = new ReviewDecisions(jdbi, JUNE_2026, new AuditLog(jdbi, JUNE_2026), ReviewUsers.finance());
        assertThat(decisions.review("qh-zuzhibu", 2019).reviewedScore()).isEqualByComparingTo("99.30");
        assertThat(decisions.review("qh-beitang-jd", 2025).status()).isEqualTo(ReviewStatus.IN_REVIEW);
    }

    @Test
    void the_seed_report_gets_no_review_state() {
        Jdbi jdbi = fixture.db().jdbi();
        for (String table : List.of("finding_disposition", "figure_correction", "report_review_event")) {
            assertThat(rows(jdbi, table + " WHERE unit_code = '" + SEED_UNIT + "'")).as(table).isZero();
        }
        assertThat(fixture.service().findingsForReport(SEED_UNIT, 2020)).hasSize(22)
                .extracting(Finding::disposition).containsOnly(Disposition.OPEN);
    }

    @Test
    void every_step_is_the_demo_reviewers_or_a_units_dated_after_its_fiscal_year_and_not_after_now() {
        Jdbi jdbi = fixture.db().jdbi();
        LocalDateTime now = LocalDateTime.now(JUNE_2026);
        String dates = """
                SELECT fiscal_year, logged_at AS t, username AS who FROM report_review_event
                UNION ALL SELECT fiscal_year, decided_at, decided_by FROM finding_disposition
                UNION ALL SELECT fiscal_year, recorded_at, recorded_by FROM figure_correction""";
        long misdated = jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM (" + dates + ") WHERE year(t) <= fiscal_year OR t > :now")
                .bind("now", now).mapTo(Long.class).one());
        assertThat(misdated).isZero();
        List<String> by = jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT who FROM (" + dates + ") WHERE who NOT LIKE 'qh-%'")
                .mapTo(String.class).list());
        assertThat(by).containsExactlyInAnyOrder("finance", "unit");
    }

    @Test
    void it_is_one_audit_entry() {
        List<AuditLog.Entry> entries = new AuditLog(fixture.db().jdbi(), JUNE_2026).latest(100);
        assertThat(entries).filteredOn(e -> e.event().equals(DemoReviewState.AUDIT_EVENT)).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("240 reviewed", "3 returned", "8 in review", "19 pending"));
        assertThat(entries).extracting(AuditLog.Entry::event).containsOnly(DemoReviewState.AUDIT_EVENT);
    }

    @Test
    void applying_again_changes_nothing() {
        Jdbi jdbi = fixture.db().jdbi();
        List<Long> before = List.of(rows(jdbi, "finding_disposition"), rows(jdbi, "figure_correction"), rows(jdbi, "report_review_event"),
                rows(jdbi, "audit_log"));
        assertThat(state(jdbi, Clock.offset(JUNE_2026, java.time.Duration.ofDays(200))).applyIfUntouched()).isEmpty();
        assertThat(List.of(rows(jdbi, "finding_disposition"), rows(jdbi, "figure_correction"), rows(jdbi, "report_review_event"),
                rows(jdbi, "audit_log"))).isEqualTo(before);
    }

    @Test
    void a_database_where_someone_reviewed_a_demo_report_is_left_alone(@TempDir Path other) {
        try (ReviewFixture mine = ReviewFixture.shipped("demo", other)) {
            Jdbi jdbi = mine.db().jdbi();
            new ReviewDecisions(jdbi, JUNE_2026, new AuditLog(jdbi, JUNE_2026), ReviewUsers.as("zhang", com.perfdash.security.Role.FINANCE, null))
                    .comment("qh-jiaoyu", 2021, "请补充项目资金拨付凭证。");
            assertThat(state(jdbi, JUNE_2026).applyIfUntouched()).isEmpty();
            assertThat(rows(jdbi, "report_review_event")).isEqualTo(1);
            assertThat(rows(jdbi, "finding_disposition") + rows(jdbi, "figure_correction")).isZero();
        }
    }

    @Test
    void before_the_review_of_2025_began_its_reports_are_all_pending(@TempDir Path other) {
        try (ReviewFixture early = ReviewFixture.shipped("demo", other)) {
            Jdbi jdbi = early.db().jdbi();
            DemoReviewState.Outcome o = state(jdbi, TestDatabase.CLOCK).applyIfUntouched().orElseThrow(); // 15 January 2026
            assertThat(o.inReview()).isZero();
            assertThat(statusCounts(jdbi)).containsEntry("2025 pending", 27).containsEntry("2024 returned", 3);
        }
    }

    @Test
    void the_setting_or_a_read_only_node_turns_it_off(@TempDir Path other) {
        try (ReviewFixture off = ReviewFixture.shipped("demo", other)) {
            Jdbi jdbi = off.db().jdbi();
            new DemoReviewState(jdbi, JUNE_2026, new AuditLog(jdbi, JUNE_2026), new ReadOnlyNode(false), false).applyOnStart();
            new DemoReviewState(jdbi, JUNE_2026, new AuditLog(jdbi, JUNE_2026), new ReadOnlyNode(true), true).applyOnStart();
            assertThat(rows(jdbi, "report_review_event") + rows(jdbi, "finding_disposition") + rows(jdbi, "audit_log")).isZero();
        }
    }
}
