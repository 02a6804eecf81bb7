package com.perfdash.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.perfdash.TestDatabase;
import com.perfdash.security.AuditLog;
import com.perfdash.security.CurrentUser;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Corrections beside the original, on the seed: 基本支出 stated as 580.92 万元 (more than the whole 516.66)
 * corrected to 478.56 (516.66 less 项目支出 38.1); the report as stated never changes, the findings the
 * correction answers become 已更正, a reload keeps it, and a new version stating another 基本支出 marks it
 * for another look.
 */
class CorrectionTest {

    private static final String SEED_UNIT = "zz-hetang-qwbgs";

    @TempDir
    Path data;

    private ReviewFixture fixture;
    private AuditLog audit;

    @BeforeEach
    void load() {
        fixture = ReviewFixture.shipped("seed", data);
        audit = new AuditLog(fixture.db().jdbi(), TestDatabase.CLOCK);
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        fixture.close();
    }

    private ReviewDecisions decisions(CurrentUser user) {
        return new ReviewDecisions(fixture.db().jdbi(), TestDatabase.CLOCK, audit, user);
    }

    private List<Finding> of(ReviewRule rule) {
        return fixture.service().findings(FindingFilter.ALL.withRule(rule), 0, 1000);
    }

    private BigDecimal statedBasic() {
        return fixture.db().jdbi().withHandle(h -> h.createQuery("SELECT expenditure_basic FROM report WHERE unit_code = :u")
                .bind("u", SEED_UNIT).mapTo(BigDecimal.class).one());
    }

    private Correction correctBasic() {
        List<Finding> answered = List.of(of(ReviewRule.SUM_PART_EXCEEDS_TOTAL).get(0), of(ReviewRule.SUM_EXPENDITURE_PARTS).get(0));
        return decisions(ReviewUsers.finance()).correct(SEED_UNIT, 2020, "expenditure_basic", "correction",
                new BigDecimal("478.56"), "基本支出应为支出 516.66 减项目支出 38.1", answered);
    }

    @Test
    void the_report_offers_its_stated_figures_by_key_with_their_values() {
        List<StatedFigure> figures = decisions(ReviewUsers.finance()).figures(SEED_UNIT, 2020);
        assertThat(figures).filteredOn(f -> f.figureKey().equals("expenditure_basic")).singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualByComparingTo("580.92");
            assertThat(f.isMoney()).isTrue();
            assertThat(f.label(true)).isEqualTo("基本支出");
        });
        assertThat(figures).filteredOn(f -> f.figureKey().equals("income_carryover")).singleElement()
                .satisfies(f -> assertThat(f.value()).as("上年结转 is not stated").isNull());
        assertThat(figures).filteredOn(f -> f.figureKey().equals("f0-total:executed")).singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualByComparingTo("516.66");
            assertThat(f.label(true)).isEqualTo("整体支出表 · 合计 · 全年执行数");
        });
        assertThat(figures).filteredOn(f -> f.figureKey().equals("t0:total_score")).singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualByComparingTo("92"));
        assertThat(figures).filteredOn(f -> f.figureKey().equals("i0-2:score")).singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualByComparingTo("4");
            assertThat(f.label(true)).isEqualTo("整体支出表 · 开展帮扶 · 得分");
        });
        assertThat(figures).filteredOn(f -> f.figureKey().startsWith("l1-") && f.rowLabel().equals("效益指标")).singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualByComparingTo("30"));
    }

    @Test
    void a_correction_stands_beside_the_stated_figure_which_does_not_change_and_its_findings_are_corrected() {
        String before = fixture.db().contentFingerprint();

        Correction c = correctBasic();

        assertThat(c.statedValue()).isEqualByComparingTo("580.92");
        assertThat(c.correctedValue()).isEqualByComparingTo("478.56");
        assertThat(c.figure().value()).isEqualByComparingTo("580.92");
        assertThat(c.needsAnotherLook()).isFalse();
        assertThat(c.findingKeys()).containsExactly("SUM_PART_EXCEEDS_TOTAL|expenditure|expenditure_basic",
                of(ReviewRule.SUM_EXPENDITURE_PARTS).get(0).findingKey());
        assertThat(statedBasic()).isEqualByComparingTo("580.92");
        assertThat(fixture.db().contentFingerprint()).as("the report as stated").isEqualTo(before);
        assertThat(of(ReviewRule.SUM_PART_EXCEEDS_TOTAL).get(0).disposition()).isEqualTo(Disposition.CORRECTED);
        assertThat(of(ReviewRule.SUM_EXPENDITURE_PARTS).get(0).disposition()).isEqualTo(Disposition.CORRECTED);
        assertThat(audit.latest(1).get(0).detail()).isEqualTo(SEED_UNIT + " 2020 expenditure_basic: 580.92 → 478.56 (基本支出应为支出 516.66 减项目支出 38.1)");
    }

    @Test
    void a_reload_keeps_the_correction_and_a_new_version_with_another_stated_value_marks_it_for_another_look() {
        correctBasic();
        decisions(ReviewUsers.finance()).correct(SEED_UNIT, 2020, "i0-2:score", "rescore", new BigDecimal("5"),
                "目标 4 次已完成，应得满分", List.of(of(ReviewRule.ATTAIN_POINTS_OFF_MET).get(0)));

        fixture.load(data);
        assertThat(decisions(ReviewUsers.finance()).corrections(SEED_UNIT, 2020)).hasSize(2)
                .allSatisfy(c -> assertThat(c.needsAnotherLook()).isFalse());

        CsvDataSet.copy(data.resolve("seed"), data, "seed").set("reports.csv", CsvDataSet.where("unit_code", SEED_UNIT),
                "expenditure_basic", "478.56");
        fixture.load(data);

        List<Correction> now = decisions(ReviewUsers.finance()).corrections(SEED_UNIT, 2020);
        assertThat(now).filteredOn(c -> c.figure().figureKey().equals("expenditure_basic")).singleElement().satisfies(c -> {
            assertThat(c.needsAnotherLook()).isTrue();
            assertThat(c.statedValue()).isEqualByComparingTo("580.92");
            assertThat(c.figure().value()).as("stated by the new version").isEqualByComparingTo("478.56");
            assertThat(c.correctedValue()).isEqualByComparingTo("478.56");
        });
        assertThat(now).filteredOn(c -> c.figure().figureKey().equals("i0-2:score")).singleElement()
                .satisfies(c -> assertThat(c.needsAnotherLook()).isFalse());
    }

    @Test
    void a_withdrawn_correction_leaves_the_stated_figure_as_the_reviewed_one_and_stays_in_the_history() {
        correctBasic();
        decisions(ReviewUsers.finance()).withdrawCorrection(SEED_UNIT, 2020, "expenditure_basic", "误更正");

        assertThat(decisions(ReviewUsers.finance()).corrections(SEED_UNIT, 2020)).isEmpty();
        int rows = fixture.db().jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM figure_correction").mapTo(Integer.class).one());
        assertThat(rows).isEqualTo(2);
    }

    @Test
    void a_unit_user_cannot_correct_or_re_score_and_nothing_is_written() {
        ReviewDecisions unit = decisions(ReviewUsers.unit(SEED_UNIT));

        assertThatThrownBy(() -> unit.correct(SEED_UNIT, 2020, "expenditure_basic", "correction", new BigDecimal("478.56"),
                "我们更正", List.of())).isInstanceOf(ReviewNotAllowedException.class);
        assertThatThrownBy(() -> unit.correct(SEED_UNIT, 2020, "i0-2:score", "rescore", new BigDecimal("5"), "满分", List.of()))
                .isInstanceOf(ReviewNotAllowedException.class);
        assertThatThrownBy(() -> unit.withdrawCorrection(SEED_UNIT, 2020, "expenditure_basic", "撤回"))
                .isInstanceOf(ReviewNotAllowedException.class);
        assertThat(decisions(ReviewUsers.finance()).corrections(SEED_UNIT, 2020)).isEmpty();
    }

    @Test
    void a_figure_the_report_does_not_have_or_a_correction_without_a_reason_is_refused() {
        ReviewDecisions finance = decisions(ReviewUsers.finance());
        assertThatThrownBy(() -> finance.correct(SEED_UNIT, 2020, "i0-99:score", "rescore", BigDecimal.ONE, "x", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("i0-99:score");
        assertThatThrownBy(() -> finance.correct(SEED_UNIT, 2020, "expenditure_basic", "correction", BigDecimal.ONE, " ", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(finance.corrections(SEED_UNIT, 2020)).isEmpty();
    }
}
