package com.perfdash.review;

import static com.perfdash.review.CsvDataSet.where;
import static com.perfdash.review.ReviewFixture.of;
import static com.perfdash.review.ReviewFixture.zh;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.perfdash.TestDatabase;
import com.perfdash.security.AuditLog;
import com.perfdash.security.CurrentUser;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.security.access.AccessDeniedException;

/**
 * Scoring rule sets chosen per district (V021) on the clean report of 株洲市荷塘区: the execution-rate caps
 * of 执行率封顶 on the proposed 复核得分 and in SCORE_OVER_EXEC_CAP, its over-target deviation in
 * ATTAIN_OVER_TARGET, none of it under the national default; who may choose, and what a review keeps.
 */
class RuleSetsTest {

    private static final String UNIT = "zz-hetang-qwbgs";
    private static final String DISTRICT = "株洲市荷塘区";
    private static final String CAPPED = "exec_cap";
    private static final String NATIONAL = "national";

    private static ReviewFixture fixture;
    private static AuditLog audit;

    @TempDir
    Path data;

    @BeforeAll
    static void open() {
        fixture = new ReviewFixture();
        audit = new AuditLog(fixture.db().jdbi(), TestDatabase.CLOCK);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @BeforeEach
    void everyDistrictNational() {
        fixture.db().jdbi().useHandle(h -> {
            h.execute("DELETE FROM district_rule_set");
            h.execute("DELETE FROM report_review_event");
            h.execute("DELETE FROM figure_correction");
        });
    }

    private CsvDataSet report() {
        return CsvDataSet.copy(ReviewFixture.CLEAN, data, "clean");
    }

    /** The clean report with the whole-unit table's 合计 row at {@code executed} of {@code budget} 万元, stating {@code score}. */
    private CsvDataSet report(String budget, String executed, String score) {
        return report().set("funds_rows.csv", where("table_no", "0", "row_kind", "total"), "full_year_budget", budget)
                .set("funds_rows.csv", where("table_no", "0", "row_kind", "total"), "executed", executed)
                .set("eval_tables.csv", where("table_no", "0"), "total_score", score);
    }

    private static ScoringRuleSets ruleSets(CurrentUser user) {
        return new ScoringRuleSets(fixture.db().jdbi(), TestDatabase.CLOCK, audit, user, fixture.checks());
    }

    private static ReviewDecisions decisions(CurrentUser user) {
        return new ReviewDecisions(fixture.db().jdbi(), TestDatabase.CLOCK, audit, user);
    }

    private static void capped() {
        assertThat(ruleSets(ReviewUsers.admin()).choose(DISTRICT, CAPPED)).isTrue();
    }

    @Test
    void a_report_at_75_percent_with_a_stated_95_is_proposed_at_most_89_under_the_capped_rule_set_and_keeps_95_under_the_default() {
        report("400", "300", "95");
        fixture.load(data);
        ReviewDecisions finance = decisions(ReviewUsers.finance());
        assertThat(finance.proposedScore(UNIT, 2020)).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("95"));
        assertThat(finance.proposal(UNIT, 2020)).hasValueSatisfying(p -> {
            assertThat(p.ruleSet()).isEqualTo(NATIONAL);
            assertThat(p.cap()).isNull();
            assertThat(p.capped()).isFalse();
        });

        capped();

        ProposedScore p = finance.proposal(UNIT, 2020).orElseThrow();
        assertThat(p.proposedScore()).isLessThanOrEqualTo(new BigDecimal("89")).isEqualByComparingTo("89");
        assertThat(p.correctedScore()).isEqualByComparingTo("95");
        assertThat(p.executionRatePct()).as("300 ÷ 400").isEqualByComparingTo("75.00");
        assertThat(p.cap()).isEqualByComparingTo("89");
        assertThat(p.capped()).isTrue();
        assertThat(p.ruleSet()).isEqualTo(CAPPED);
        assertThat(p.ruleSetName(java.util.Locale.CHINESE)).isEqualTo("执行率封顶");
        assertThat(finance.proposedScore(UNIT, 2020)).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("89"));
    }

    @ParameterizedTest(name = "{0} of 500 万元 executed, 95 stated: proposed {1}")
    @CsvSource({
            "400.00, 95",   // exactly 80 %: no band holds it
            "399.95, 89",   // 79.99 %
            "350.00, 89",   // exactly 70 %: 70 (含) – 80
            "349.95, 79",   // 69.99 %
            "300.00, 79",   // exactly 60 %
            "299.95, 69",   // 59.99 %
            "250.00, 69",   // exactly 50 %
            "249.95, 59",   // 49.99 %
            "0.00, 59"})
    void the_band_edges_are_inclusive_below_and_exclusive_above(String executed, String proposed) {
        report("500", executed, "95");
        fixture.load(data);
        capped();

        assertThat(decisions(ReviewUsers.finance()).proposedScore(UNIT, 2020))
                .hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo(proposed));
        List<Finding> over = of(fixture.all(), ReviewRule.SCORE_OVER_EXEC_CAP);
        if ("95".equals(proposed)) {
            assertThat(over).isEmpty();
        } else {
            assertThat(over).singleElement().satisfies(f -> assertThat(f.evidence()).containsEntry("cap", proposed)
                    .containsEntry("score", "95").containsEntry("rule_set", CAPPED));
        }
    }

    @Test
    void the_cap_reads_the_execution_with_the_reviewers_correction_of_the_funds_row() {
        report();
        fixture.load(data);
        capped();
        ReviewDecisions finance = decisions(ReviewUsers.finance());
        assertThat(finance.proposedScore(UNIT, 2020)).as("516.66 of 516.66: 100 %").hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("92"));

        finance.correct(UNIT, 2020, "f0-total:executed", "correction", new BigDecimal("387.50"), "执行数以决算为准", List.of());

        ProposedScore p = finance.proposal(UNIT, 2020).orElseThrow();
        assertThat(p.executionRatePct()).as("387.50 ÷ 516.66 = 75.001 %").isEqualByComparingTo("75.00");
        assertThat(p.proposedScore()).isEqualByComparingTo("89");
        assertThat(of(fixture.all(), ReviewRule.SCORE_OVER_EXEC_CAP)).as("the check reads the report as stated").isEmpty();
    }

    @Test
    void a_reviewed_report_stores_the_rule_set_of_its_district_and_keeps_it_when_the_district_changes() {
        report("400", "300", "95");
        fixture.load(data);
        capped();
        ReviewDecisions finance = decisions(ReviewUsers.finance());

        ReportReview reviewed = finance.setStatus(UNIT, 2020, ReviewStatus.REVIEWED, null, new BigDecimal("89"));

        assertThat(reviewed.ruleSet()).isEqualTo(CAPPED);
        assertThat(finance.events(UNIT, 2020)).first().satisfies(e -> assertThat(e.ruleSet()).isEqualTo(CAPPED));
        assertThat(audit.latest(5)).filteredOn(e -> e.event().equals("review_status")).first()
                .satisfies(e -> assertThat(e.detail()).as("the audit line names the rule set too").isEqualTo(UNIT + " 2020: reviewed 89.00 (exec_cap)"));
        assertThat(ruleSets(ReviewUsers.admin()).choose(DISTRICT, NATIONAL)).isTrue();
        assertThat(finance.review(UNIT, 2020).ruleSet()).as("stored with the review").isEqualTo(CAPPED);
        assertThat(finance.setStatus(UNIT, 2020, ReviewStatus.REVIEWED, null, new BigDecimal("95")).ruleSet()).isEqualTo(NATIONAL);
    }

    @Test
    void only_an_administrator_chooses_a_districts_rule_set() {
        report();
        fixture.load(data);
        for (CurrentUser refused : List.of(ReviewUsers.unit(UNIT), ReviewUsers.finance(), ReviewUsers.leader())) {
            ScoringRuleSets service = ruleSets(refused);
            assertThat(service.mayChoose()).as(refused.username()).isFalse();
            assertThatThrownBy(() -> service.choose(DISTRICT, CAPPED)).as(refused.username()).isInstanceOf(AccessDeniedException.class);
        }
        ScoringRuleSets admin = ruleSets(ReviewUsers.admin());
        assertThat(admin.choices()).isEmpty();
        assertThat(admin.districts()).singleElement().satisfies(d -> {
            assertThat(d.district()).isEqualTo(DISTRICT);
            assertThat(d.units()).isEqualTo(1);
            assertThat(d.ruleSet()).isEqualTo(NATIONAL);
            assertThat(d.chosenBy()).isNull();
        });

        assertThat(admin.choose(DISTRICT, CAPPED)).isTrue();
        assertThat(admin.choose(DISTRICT, CAPPED)).as("already chosen").isFalse();
        assertThatThrownBy(() -> admin.choose("青禾区", CAPPED)).as("no unit names it").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> admin.choose(DISTRICT, "made_up")).isInstanceOf(IllegalArgumentException.class);
        assertThat(admin.districts()).singleElement().satisfies(d -> {
            assertThat(d.ruleSet()).isEqualTo(CAPPED);
            assertThat(d.chosenBy()).isEqualTo("admin");
            assertThat(d.chosenAt()).isNotNull();
        });
        assertThat(admin.choices()).extracting(RuleSetChoice::district, RuleSetChoice::ruleSet, RuleSetChoice::chosenBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DISTRICT, CAPPED, "admin"));
        assertThat(audit.latest(5)).filteredOn(e -> e.event().equals("rule_set_chosen")).first()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("株洲市荷塘区: national → exec_cap"));
    }

    @Test
    void the_rule_sets_are_the_national_default_and_the_four_caps_with_the_30_percent_deviation() {
        List<RuleSet> sets = ruleSets(ReviewUsers.admin()).ruleSets();
        assertThat(sets).extracting(RuleSet::code).containsExactly(NATIONAL, CAPPED);
        assertThat(sets.get(0).isDefault()).isTrue();
        assertThat(sets.get(0).caps()).isEmpty();
        assertThat(sets.get(0).overTargetPct()).isNull();
        assertThat(sets.get(1).overTargetPct()).isEqualByComparingTo("30");
        assertThat(sets.get(1).caps()).extracting(c -> c.rateFromPct() + "–" + c.rateBelowPct() + ": " + c.maxTotalScore())
                .containsExactly("70.00–80.00: 89.00", "60.00–70.00: 79.00", "50.00–60.00: 69.00", "null–50.00: 59.00");
    }

    @Test
    void a_total_above_the_cap_of_its_execution_fires_under_the_capped_rule_set_only_and_follows_the_districts_choice() {
        report("400", "300", "95");
        assertThat(of(fixture.load(data), ReviewRule.SCORE_OVER_EXEC_CAP)).as("national").isEmpty();
        StaleFindingsRefresher refresher = new StaleFindingsRefresher(fixture.db().jdbi(), fixture.checks());

        capped();

        assertThat(of(fixture.all(), ReviewRule.SCORE_OVER_EXEC_CAP)).singleElement().satisfies(f -> {
            assertThat(zh(f)).isEqualTo("整体支出表：执行率 75.0%（执行 300.00 万元 / 预算 400.00 万元），按「执行率封顶」规则总分不超过 89 分，"
                    + "报告自评 95 分（总分 100）。");
            assertThat(ReviewFixture.en(f)).isEqualTo("Whole-unit table: at an execution rate of 75.0% (executed 300.00 of 400.00 万元) the "
                    + "rule set 'Execution-rate caps' allows a total of at most 89, but the report scores itself 95 (of 100).");
            assertThat(f.rowKeys()).containsExactly("t0", "f0-total");
            assertThat(f.findingKey()).isEqualTo("SCORE_OVER_EXEC_CAP|t0,f0-total|total_score");
        });
        int runs = runs();
        refresher.refreshIfStale();
        assertThat(runs()).as("the choice's own run recorded the rule sets it read").isEqualTo(runs);

        assertThat(ruleSets(ReviewUsers.admin()).choose(DISTRICT, NATIONAL)).isTrue();
        assertThat(of(fixture.all(), ReviewRule.SCORE_OVER_EXEC_CAP)).as("national again").isEmpty();
    }

    @Test
    void findings_of_a_district_reviewed_under_a_changed_rule_set_are_recomputed_on_start() {
        report("400", "300", "95");
        fixture.load(data);
        StaleFindingsRefresher refresher = new StaleFindingsRefresher(fixture.db().jdbi(), fixture.checks());
        // a choice written past the service (a restored database, an older app), then a start
        fixture.db().jdbi().useHandle(h -> h.execute("INSERT INTO district_rule_set VALUES (nextval('district_rule_set_seq'), "
                + "'株洲市荷塘区', 'exec_cap', 'admin', TIMESTAMP '2024-01-01 00:00:00')"));
        assertThat(of(fixture.all(), ReviewRule.SCORE_OVER_EXEC_CAP)).isEmpty();

        refresher.refreshIfStale();

        assertThat(of(fixture.all(), ReviewRule.SCORE_OVER_EXEC_CAP)).hasSize(1);
    }

    @Test
    void a_completed_value_30_percent_or_more_above_its_target_without_a_note_and_with_full_points_fires_under_the_capped_rule_set() {
        // i0-1 10 → 13 次 (30 %, full points, no note); i0-3 20 → 24 次 (20 %) as the clean report has it;
        // i0-2 4 → 6 次 (50 %) 4 of 5 with no note: points off, as the rule set asks;
        // i0-4 10 → 15 次 (50 %) with a note, full points; i1-1 50 → 98 件 (96 %), 10 of 10, no note.
        report().set("indicators.csv", indicator(0, 1), "target", "10 次").set("indicators.csv", indicator(0, 1), "actual", "13 次")
                .set("indicators.csv", indicator(0, 2), "actual", "6 次").set("indicators.csv", indicator(0, 2), "deviation_note", "")
                .set("indicators.csv", indicator(0, 2), "score", "4")
                .set("indicators.csv", indicator(0, 4), "score", "5")
                // keep the table's totals right: 0-2 lost a point already (clean: 4 of 5), 0-4 gained one
                .set("eval_tables.csv", where("table_no", "0"), "total_score", "93");
        List<Finding> national = fixture.load(data);
        assertThat(of(national, ReviewRule.ATTAIN_OVER_TARGET)).isEmpty();
        assertThat(national).extracting(ReviewFixture::where).containsExactly("ATTAIN_POINTS_OFF_MET i0-2");

        capped();

        List<Finding> under = fixture.all();
        assertThat(under).extracting(ReviewFixture::where).containsExactlyInAnyOrder("ATTAIN_OVER_TARGET i0-1", "ATTAIN_OVER_TARGET i1-1");
        assertThat(of(under, ReviewRule.ATTAIN_OVER_TARGET)).filteredOn(f -> f.tableNo() == 1).singleElement().satisfies(f -> {
            assertThat(zh(f)).isEqualTo("项目表 1「解决 98 个重点项目问题」目标 50 件，实际 98 件，超出目标 96.0%；按「执行率封顶」规则超出 30% 及以上"
                    + "视为偏差，未说明原因应扣分，但未填写偏差原因且得满分（10/10）。");
            assertThat(f.findingKey()).isEqualTo("ATTAIN_OVER_TARGET|i1-1|score");
        });
        assertThat(of(under, ReviewRule.ATTAIN_OVER_TARGET)).filteredOn(f -> f.tableNo() == 0).singleElement()
                .satisfies(f -> assertThat(f.evidence()).containsEntry("above_pct", "30.0").containsEntry("threshold_pct", "30"));
    }

    private static java.util.Map<String, String> indicator(int tableNo, int seq) {
        return where("table_no", String.valueOf(tableNo), "seq", String.valueOf(seq));
    }

    private static int runs() {
        return fixture.db().jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM review_run").mapTo(Integer.class).one());
    }
}
