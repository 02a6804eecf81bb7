package com.perfdash.review;

import com.perfdash.ingest.ReportMetricsStore;
import com.perfdash.review.DemoReviewPlan.Comment;
import com.perfdash.review.DemoReviewPlan.Correct;
import com.perfdash.review.DemoReviewPlan.Dispose;
import com.perfdash.review.DemoReviewPlan.Report;
import com.perfdash.review.DemoReviewPlan.Status;
import com.perfdash.review.DemoReviewPlan.Step;
import com.perfdash.security.AuditLog;
import com.perfdash.security.CurrentUser;
import com.perfdash.security.DemoUsers;
import com.perfdash.security.Role;
import com.perfdash.base.db.ReadOnlyNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives the generated demo district a review (复核) state on start, so that a new user sees the review
 * workflow with data: most past reports 已复核 with a few corrections and re-scores, a few 退回修改, the
 * latest year partly 待审核 ({@link DemoReviewPlan} says what and why). Only the demo district's reports
 * get it (the data folder's set {@value #DATA_SET}, generated provenance): never the real seed report, an
 * import or another data set. Only once: when the demo district is loaded and no row of finance's
 * review names any of its units yet, so a reviewer's own work is never overwritten or added to. One
 * audit entry ({@value #AUDIT_EVENT}) says it was applied; the decisions themselves are the demo
 * reviewer's ({@link #REVIEWER}), dated after each fiscal year. Off with {@code perfdash.demo-review=false}
 * ({@code PERFDASH_DEMO_REVIEW}); off by default under the {@code prod} profile; never on a read-only node.
 */
@Component
public class DemoReviewState {

    private static final Logger log = LoggerFactory.getLogger(DemoReviewState.class);

    /** The data folder's set the demo district ships as ({@code data/demo}, the demo generator's output). */
    public static final String DATA_SET = "demo";
    /** The audit log's event for the one entry saying the demo review state was applied. */
    public static final String AUDIT_EVENT = "demo_review_applied";
    /** Who recorded the demo review: the finance demo account (README, "Sign in"). */
    public static final String REVIEWER = DemoUsers.ACCOUNTS.stream().filter(a -> a.role() == Role.FINANCE)
            .map(DemoUsers.DemoAccount::username).findFirst().orElseThrow();

    /**
     * What applying recorded: the reports of the demo district by review status after it, and how many
     * dispositions (those a correction made 已更正 included) and corrections.
     */
    public record Outcome(int reports, int reviewed, int returned, int inReview, int pending, int dispositions, int corrections) {
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditLog audit;
    private final ReadOnlyNode node;
    private final boolean enabled;

    public DemoReviewState(Jdbi jdbi, Clock clock, AuditLog audit, ReadOnlyNode node,
                           @Value("${perfdash.demo-review:true}") boolean enabled) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
        this.node = node;
        this.enabled = enabled;
    }

    /** On start, after the data folder's load and after stale findings were recomputed (the plan reads the findings). */
    @EventListener(ApplicationReadyEvent.class)
    @Order(StaleFindingsRefresher.ORDER + 1)
    public void applyOnStart() {
        if (!enabled || node.active()) {
            return;
        }
        long start = System.nanoTime();
        applyIfUntouched().ifPresent(o -> log.info("Demo district: applied its demo review state as {} ({} reports: {} 已复核, {} 退回修改,"
                + " {} 审核中, {} 待审核; {} dispositions, {} corrections) in {} ms", REVIEWER, o.reports(), o.reviewed(), o.returned(),
                o.inReview(), o.pending(), o.dispositions(), o.corrections(), (System.nanoTime() - start) / 1_000_000));
    }

    /**
     * Applies the demo review state when the demo district is loaded and none of its units has any review
     * state yet, in one transaction; empty (nothing written) otherwise.
     */
    public Optional<Outcome> applyIfUntouched() {
        Optional<Outcome> outcome = jdbi.inTransaction(h -> {
            DemoReviewQueries demo = h.attach(DemoReviewQueries.class);
            List<Report> reports = demo.demoReports(DATA_SET);
            if (reports.isEmpty() || demo.reviewRowsOfUnits(DATA_SET) > 0) {
                return Optional.empty();
            }
            ReviewDecisionQueries q = h.attach(ReviewDecisionQueries.class);
            List<Finding> findings = ReviewService.findings(h, FindingFilter.ALL, 0, Integer.MAX_VALUE);
            Function<Report, Map<String, StatedFigure>> figures = r -> q.statedFigures(r.unitCode(), r.fiscalYear()).stream()
                    .collect(Collectors.toMap(StatedFigure::figureKey, f -> f, (a, b) -> a));
            List<Step> steps = new DemoReviewPlan(REVIEWER, DemoReviewState::unitUser, LocalDateTime.now(clock))
                    .steps(reports, findings, figures);
            Outcome written = write(q, reports, steps);
            ReportMetricsStore.refreshReviewed(h);
            return Optional.of(written);
        });
        outcome.ifPresent(o -> audit.record(CurrentUser.system().username(), AUDIT_EVENT, "demo district (data set " + DATA_SET
                + "): review state applied as " + REVIEWER + ", " + o.reports() + " reports: " + o.reviewed() + " reviewed, "
                + o.returned() + " returned, " + o.inReview() + " in review, " + o.pending() + " pending; " + o.dispositions()
                + " dispositions, " + o.corrections() + " corrections", null));
        return outcome;
    }

    /** The user name a demo unit answers as: its demo account where it has one (README, "Sign in"), else its unit code. */
    static String unitUser(String unitCode) {
        return DemoUsers.ACCOUNTS.stream().filter(a -> unitCode.equals(a.unitCode())).map(DemoUsers.DemoAccount::username)
                .findFirst().orElse(unitCode);
    }

    private static Outcome write(ReviewDecisionQueries q, List<Report> reports, List<Step> steps) {
        Map<Report, ReviewStatus> status = new HashMap<>();
        int dispositions = 0;
        int corrections = 0;
        for (Step step : steps) {
            String unit = step.report().unitCode();
            int year = step.report().fiscalYear();
            if (step instanceof Dispose d) {
                q.insertDisposition(unit, year, d.findingKey(), d.disposition().code(), d.reason(), d.by(), d.at());
                dispositions++;
            } else if (step instanceof Correct c) {
                String key = c.figure().figureKey();
                BigDecimal value = c.correctedValue().setScale(2, RoundingMode.HALF_UP);
                q.insertCorrection(unit, year, key, ReviewDecisions.kindOf(key), c.figure().value(), value, c.reason(),
                        String.join("\n", c.findingKeys()), c.by(), c.at());
                corrections++;
                for (String answered : c.findingKeys()) {
                    q.insertDisposition(unit, year, answered, Disposition.CORRECTED.code(),
                            ReviewDecisions.correctedReason(key, c.figure().value(), value, c.reason()), c.by(), c.at());
                    dispositions++;
                }
            } else if (step instanceof Status s) {
                BigDecimal score = null;
                if (s.status() == ReviewStatus.REVIEWED) {
                    // the score proposed with the corrections just recorded; a report without one in 0–100 stays 审核中
                    score = ReviewDecisions.proposedScore(q, unit, year).map(v -> v.setScale(2, RoundingMode.HALF_UP))
                            .filter(ReviewDecisions::isReviewedScore).orElse(null);
                    if (score == null) {
                        continue;
                    }
                }
                q.insertReviewEvent(unit, year, "status", s.status().code(), score,
                        score == null ? null : q.ruleSetOf(unit, year), s.message(), s.by(), s.at());
                status.put(step.report(), s.status());
            } else if (step instanceof Comment c) {
                q.insertReviewEvent(unit, year, "comment", null, null, null, c.message(), c.by(), c.at());
            }
        }
        return new Outcome(reports.size(), count(status, ReviewStatus.REVIEWED), count(status, ReviewStatus.RETURNED),
                count(status, ReviewStatus.IN_REVIEW), reports.size() - status.size(), dispositions, corrections);
    }

    private static int count(Map<Report, ReviewStatus> status, ReviewStatus s) {
        return (int) status.values().stream().filter(s::equals).count();
    }
}
