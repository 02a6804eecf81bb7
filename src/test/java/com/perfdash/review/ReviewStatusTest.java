package com.perfdash.review;

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

/**
 * A report's review on the seed (stated total 92, 优): 待审核 → 审核中 → 退回修改 with a message, the unit's
 * answer, → 已复核 with a 复核得分; the proposed score follows the re-scores; everything audited; a unit
 * user may answer but not move the review or re-score.
 */
class ReviewStatusTest {

    private static final String SEED_UNIT = "zz-hetang-qwbgs";

    @TempDir
    static Path data;

    private static ReviewFixture fixture;
    private static AuditLog audit;

    @BeforeAll
    static void load() {
        fixture = new ReviewFixture();
        CsvDataSet.copy(TestDatabase.SEED, data, "seed");
        fixture.load(data);
        audit = new AuditLog(fixture.db().jdbi(), TestDatabase.CLOCK);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @BeforeEach
    void noReview() {
        fixture.db().jdbi().useHandle(h -> {
            h.execute("DELETE FROM report_review_event");
            h.execute("DELETE FROM figure_correction");
            com.perfdash.ingest.ReportMetricsStore.refreshReviewed(h);
        });
    }

    private static ReviewDecisions decisions(CurrentUser user) {
        return new ReviewDecisions(fixture.db().jdbi(), TestDatabase.CLOCK, audit, user);
    }

    @Test
    void a_report_nobody_has_reviewed_is_pending_and_its_proposed_score_is_the_stated_92() {
        ReportReview review = decisions(ReviewUsers.leader()).review(SEED_UNIT, 2020);
        assertThat(review.status()).isEqualTo(ReviewStatus.PENDING);
        assertThat(review.reviewedScore()).isNull();
        assertThat(decisions(ReviewUsers.finance()).proposedScore(SEED_UNIT, 2020)).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("92"));
    }

    @Test
    void the_review_runs_from_in_review_through_returned_and_the_units_answer_to_reviewed_with_its_score_and_grade() {
        ReviewDecisions finance = decisions(ReviewUsers.finance());
        ReviewDecisions unit = decisions(ReviewUsers.unit(SEED_UNIT));

        finance.setStatus(SEED_UNIT, 2020, ReviewStatus.IN_REVIEW, null, null);
        ReportReview returned = finance.setStatus(SEED_UNIT, 2020, ReviewStatus.RETURNED, "请更正基本支出并说明项目支出口径", null);
        assertThat(returned.status()).isEqualTo(ReviewStatus.RETURNED);
        assertThat(returned.message()).isEqualTo("请更正基本支出并说明项目支出口径");
        assertThat(unit.reviewsAt(ReviewStatus.RETURNED)).extracting(ReportReview::unitCode).containsExactly(SEED_UNIT);

        unit.comment(SEED_UNIT, 2020, "基本支出应为 478.56 万元，新版本将重新导入");
        // two indicators re-scored: 开展帮扶 4 → 5 (+1), 学习培训 4 → 5 (+1): 92 + 2 = 94
        finance.correct(SEED_UNIT, 2020, "i0-2:score", "rescore", new BigDecimal("5"), "目标已完成", List.of());
        finance.correct(SEED_UNIT, 2020, "i0-4:score", "rescore", new BigDecimal("5"), "目标已超额完成", List.of());
        assertThat(finance.proposedScore(SEED_UNIT, 2020)).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("94"));
        ReportReview reviewed = finance.setStatus(SEED_UNIT, 2020, ReviewStatus.REVIEWED, null, new BigDecimal("88.5"));

        assertThat(reviewed.status()).isEqualTo(ReviewStatus.REVIEWED);
        assertThat(reviewed.reviewedScore()).isEqualByComparingTo("88.5");
        assertThat(reviewed.reviewedGrade()).isEqualTo("良");
        assertThat(reviewed.ruleSet()).as("the seed's district never chose a rule set").isEqualTo("national");
        assertThat(finance.events(SEED_UNIT, 2020)).extracting(e -> e.comment() ? "comment" : e.status().code())
                .containsExactly("reviewed", "comment", "returned", "in_review");
        assertThat(finance.events(SEED_UNIT, 2020).get(1).username()).isEqualTo("unit");
        assertThat(audit.latest(10)).extracting(AuditLog.Entry::event)
                .contains("review_status", "review_comment", "figure_corrected");
    }

    @Test
    void a_return_needs_a_message_and_a_review_a_score_between_0_and_100() {
        ReviewDecisions finance = decisions(ReviewUsers.finance());
        assertThatThrownBy(() -> finance.setStatus(SEED_UNIT, 2020, ReviewStatus.RETURNED, " ", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> finance.setStatus(SEED_UNIT, 2020, ReviewStatus.REVIEWED, null, new BigDecimal("101.58")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("101.58");
        assertThat(finance.review(SEED_UNIT, 2020).status()).isEqualTo(ReviewStatus.PENDING);
    }

    @Test
    void a_unit_user_cannot_move_the_review_or_re_score_and_cannot_comment_on_another_units_report() {
        ReviewDecisions unit = decisions(ReviewUsers.unit(SEED_UNIT));

        assertThatThrownBy(() -> unit.setStatus(SEED_UNIT, 2020, ReviewStatus.REVIEWED, null, new BigDecimal("100")))
                .isInstanceOf(ReviewNotAllowedException.class);
        assertThatThrownBy(() -> unit.correct(SEED_UNIT, 2020, "t0:total_score", "correction", new BigDecimal("100"), "满分", List.of()))
                .isInstanceOf(ReviewNotAllowedException.class);
        assertThatThrownBy(() -> decisions(ReviewUsers.unit("qh-caizheng")).comment(SEED_UNIT, 2020, "别的单位"))
                .isInstanceOf(ReviewNotAllowedException.class);
        assertThatThrownBy(() -> decisions(ReviewUsers.leader()).comment(SEED_UNIT, 2020, "领导意见"))
                .isInstanceOf(ReviewNotAllowedException.class);
        assertThat(decisions(ReviewUsers.finance()).events(SEED_UNIT, 2020)).isEmpty();
    }
}
