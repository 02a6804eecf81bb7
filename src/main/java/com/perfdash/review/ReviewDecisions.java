package com.perfdash.review;

import com.perfdash.base.ui.Formats;
import com.perfdash.ingest.ReportMetricsStore;
import com.perfdash.security.AuditLog;
import com.perfdash.security.CurrentUser;
import com.perfdash.security.Role;
import com.perfdash.base.db.ReadOnlyNode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Finance's review (复核) decisions: dispositions of findings, with who, when and why, kept as history
 * beside the findings (V017). Only finance and administrators may decide; the check is here, in the
 * service, so a unit user's or a leader's call is refused whatever page it comes from. Every decision
 * goes to the audit log.
 */
@Service
public class ReviewDecisions {

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditLog audit;
    private final CurrentUser user;
    private final ReadOnlyNode node;

    public ReviewDecisions(Jdbi jdbi, Clock clock, AuditLog audit, CurrentUser user) {
        this(jdbi, clock, audit, user, new ReadOnlyNode(false));
    }

    /**
     * @param node on a read-only node (docs/scale-out.md) nobody reviews: its review tables are the
     *             warehouse's, replaced at every refresh, so a decision made there would be lost
     */
    @Autowired
    public ReviewDecisions(Jdbi jdbi, Clock clock, AuditLog audit, CurrentUser user, ReadOnlyNode node) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
        this.user = user;
        this.node = node;
    }

    /** Whether the signed-in user may disposition, correct, re-score and change reviews (never on a read-only node). */
    public boolean mayReview() {
        return !node.active() && user.role().filter(r -> r == Role.FINANCE || r == Role.ADMIN).isPresent();
    }

    /**
     * Records {@code disposition} for every finding given (a bulk action is one call), in one transaction.
     *
     * @param reason why; required for {@link Disposition#DISMISSED} (不是问题), optional otherwise
     * @return how many findings were recorded
     * @throws ReviewNotAllowedException for a user who is not finance or an administrator
     * @throws IllegalArgumentException  for a dismissal without a reason
     */
    public int dispose(Collection<Finding> findings, Disposition disposition, String reason) {
        requireReviewer("disposition findings");
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (disposition.needsReason() && why == null) {
            throw new IllegalArgumentException("A finding dismissed as 不是问题 needs a reason");
        }
        List<Finding> all = List.copyOf(findings);
        LocalDateTime at = LocalDateTime.now(clock);
        jdbi.useTransaction(h -> {
            ReviewDecisionQueries q = h.attach(ReviewDecisionQueries.class);
            for (Finding f : all) {
                q.insertDisposition(f.unitCode(), f.fiscalYear(), f.findingKey(), disposition.code(), why, user.username(), at);
            }
            refreshReviewed(h, reportsOf(all));
        });
        for (Finding f : all) {
            audit.record(user.username(), "finding_disposition", f.unitCode() + " " + f.fiscalYear() + " " + f.findingKey()
                    + ": " + disposition.code() + (why == null ? "" : " (" + why + ")"), null);
        }
        return all.size();
    }

    /** Every decision on {@code finding}, latest first; empty while it was never decided. */
    public List<DispositionEntry> history(Finding finding) {
        return jdbi.withExtension(ReviewDecisionQueries.class,
                        q -> q.dispositionHistory(finding.unitCode(), finding.fiscalYear(), finding.findingKey())).stream()
                .map(r -> new DispositionEntry(Disposition.byCode(r.disposition()).orElse(Disposition.OPEN), r.reason(),
                        r.decidedBy(), r.decidedAt()))
                .toList();
    }

    /** Every figure of one report a correction may name, as the report states it. */
    public List<StatedFigure> figures(String unitCode, int fiscalYear) {
        return jdbi.withExtension(ReviewDecisionQueries.class, q -> q.statedFigures(unitCode, fiscalYear));
    }

    /** The current corrections of one report, beside what it states now. */
    public List<Correction> corrections(String unitCode, int fiscalYear) {
        return jdbi.withExtension(ReviewDecisionQueries.class, q -> q.corrections(unitCode, fiscalYear)).stream()
                .map(ReviewDecisions::toCorrection).toList();
    }

    /** The current corrections of every report the user may see; those wanting another look among them. */
    public List<Correction> allCorrections() {
        return jdbi.withExtension(ReviewDecisionQueries.class, q -> q.corrections(null, null)).stream()
                .map(ReviewDecisions::toCorrection).toList();
    }

    /**
     * Records a corrected value for one stated figure, beside the stated one (which never changes), and
     * marks the findings it answers 已更正. Recording again replaces the figure's current correction; the
     * earlier one stays as history.
     *
     * @param kind        {@code correction}, or {@code rescore} for a reviewer's score of an indicator
     * @param findings    the findings it answers (may be empty)
     * @throws ReviewNotAllowedException for a user who is not finance or an administrator
     * @throws IllegalArgumentException  for a figure the report does not have, a missing value or reason
     */
    public Correction correct(String unitCode, int fiscalYear, String figureKey, String kind, java.math.BigDecimal correctedValue,
                              String reason, Collection<Finding> findings) {
        requireReviewer("correct figures");
        if (!"correction".equals(kind) && !"rescore".equals(kind)) {
            throw new IllegalArgumentException("Unknown kind of correction: " + kind);
        }
        if (correctedValue == null) {
            throw new IllegalArgumentException("A correction needs the corrected value");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A correction needs a reason");
        }
        StatedFigure figure = figure(unitCode, fiscalYear, figureKey);
        // an amount keeps the four decimals the model stores, a score the two it is given in
        java.math.BigDecimal value = correctedValue.setScale(figure.isMoney() ? 4 : 2, java.math.RoundingMode.HALF_UP);
        List<Finding> answered = List.copyOf(findings);
        LocalDateTime at = LocalDateTime.now(clock);
        String keys = String.join("\n", answered.stream().map(Finding::findingKey).toList());
        jdbi.useTransaction(h -> {
            ReviewDecisionQueries q = h.attach(ReviewDecisionQueries.class);
            q.insertCorrection(unitCode, fiscalYear, figureKey, kind, figure.value(), value, reason.strip(), keys, user.username(), at);
            for (Finding f : answered) {
                q.insertDisposition(f.unitCode(), f.fiscalYear(), f.findingKey(), Disposition.CORRECTED.code(),
                        correctedReason(figureKey, figure.value(), value, reason), user.username(), at);
            }
            Set<Map.Entry<String, Integer>> reports = reportsOf(answered);
            reports.add(Map.entry(unitCode, fiscalYear));
            refreshReviewed(h, reports);
        });
        audit.record(user.username(), "figure_corrected", unitCode + " " + fiscalYear + " " + figureKey + ": "
                + Formats.exact(figure.value()) + " → " + Formats.exact(value) + " (" + reason.strip() + ")", null);
        return corrections(unitCode, fiscalYear).stream().filter(c -> c.figure().figureKey().equals(figureKey)).findFirst()
                .orElseThrow();
    }

    /** The reports (unit, fiscal year) the findings are of. */
    private static Set<Map.Entry<String, Integer>> reportsOf(Collection<Finding> findings) {
        Set<Map.Entry<String, Integer>> reports = new LinkedHashSet<>();
        findings.forEach(f -> reports.add(Map.entry(f.unitCode(), f.fiscalYear())));
        return reports;
    }

    /**
     * Refreshes the 复核后 metrics of these reports (unit, fiscal year) on the decision's transaction: one
     * report at a time, or all at once for a bulk decision over many reports.
     */
    private static void refreshReviewed(Handle h, Set<Map.Entry<String, Integer>> reports) {
        if (reports.size() > WHOLE_REFRESH_REPORTS) {
            ReportMetricsStore.refreshReviewed(h);
        } else {
            reports.forEach(r -> ReportMetricsStore.refreshReviewed(h, r.getKey(), r.getValue()));
        }
    }

    /** Above this many reports a decision refreshes the 复核后 store whole rather than report by report. */
    static final int WHOLE_REFRESH_REPORTS = 50;

    /** The reason a finding answered by a correction is 已更正 with: the figure, stated → corrected, and why. */
    static String correctedReason(String figureKey, java.math.BigDecimal stated, java.math.BigDecimal corrected, String reason) {
        return figureKey + " " + Formats.exact(stated) + " → " + Formats.exact(corrected) + ": " + reason.strip();
    }

    /** The kind of a correction of {@code figureKey}: an indicator's score is a re-score, every other figure a correction. */
    public static String kindOf(String figureKey) {
        return figureKey.startsWith("i") && figureKey.endsWith(":score") ? "rescore" : "correction";
    }

    /** Takes a figure's correction back: the reviewed figure is the stated one again; the correction stays as history. */
    public void withdrawCorrection(String unitCode, int fiscalYear, String figureKey, String reason) {
        requireReviewer("withdraw corrections");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Withdrawing a correction needs a reason");
        }
        StatedFigure figure = figure(unitCode, fiscalYear, figureKey);
        LocalDateTime at = LocalDateTime.now(clock);
        jdbi.useTransaction(h -> {
            h.attach(ReviewDecisionQueries.class).insertCorrection(unitCode, fiscalYear, figureKey, "correction",
                    figure.value(), null, reason.strip(), "", user.username(), at);
            ReportMetricsStore.refreshReviewed(h, unitCode, fiscalYear);
        });
        audit.record(user.username(), "correction_withdrawn", unitCode + " " + fiscalYear + " " + figureKey + " (" + reason.strip() + ")", null);
    }

    private StatedFigure figure(String unitCode, int fiscalYear, String figureKey) {
        return figures(unitCode, fiscalYear).stream().filter(f -> f.figureKey().equals(figureKey)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The report of " + unitCode + " for " + fiscalYear
                        + " has no figure " + figureKey));
    }

    private static Correction toCorrection(CorrectionRow r) {
        StatedFigure figure = new StatedFigure(r.figureKey(), r.tableNo(), r.rowLabel(), r.field(), r.measure(), r.statedNow());
        List<String> keys = r.findingKeys() == null || r.findingKeys().isBlank() ? List.of() : List.of(r.findingKeys().split("\n"));
        return new Correction(r.unitCode(), r.fiscalYear(), figure, r.kind(), r.statedValue(), r.correctedValue(), r.reason(),
                keys, r.recordedBy(), r.recordedAt(), r.needsAnotherLook());
    }

    /** A report's review now; pending when nobody has started. */
    public ReportReview review(String unitCode, int fiscalYear) {
        return jdbi.withExtension(ReviewDecisionQueries.class, q -> q.currentReviews(null, unitCode)).stream()
                .filter(r -> r.fiscalYear() == fiscalYear).findFirst().map(ReviewDecisions::toReview)
                .orElse(new ReportReview(unitCode, fiscalYear, ReviewStatus.PENDING, null, null, null, null, null, null));
    }

    /** The reports the user may see whose review is at {@code status} (not pending: those have no event), latest first. */
    public List<ReportReview> reviewsAt(ReviewStatus status) {
        return jdbi.withExtension(ReviewDecisionQueries.class, q -> q.currentReviews(status.code(), null)).stream()
                .map(ReviewDecisions::toReview).toList();
    }

    /** Every status change and comment of a report's review, latest first. */
    public List<ReviewEvent> events(String unitCode, int fiscalYear) {
        return jdbi.withExtension(ReviewDecisionQueries.class, q -> q.reviewEvents(unitCode, fiscalYear)).stream()
                .map(r -> new ReviewEvent("comment".equals(r.kind()), ReviewStatus.byCode(r.status()).orElse(null), r.reviewedScore(),
                        r.reviewedGrade(), r.ruleSet(), r.message(), r.username(), r.loggedAt()))
                .toList();
    }

    /**
     * The 复核得分 to propose: the whole-unit table's stated total score with the reviewer's corrections and
     * re-scores applied (view corrected_unit_score), at most the cap the district's scoring rule set puts on
     * the report's execution rate (view proposed_unit_score); empty where the report states no score.
     */
    public java.util.Optional<java.math.BigDecimal> proposedScore(String unitCode, int fiscalYear) {
        return proposal(unitCode, fiscalYear).map(ProposedScore::proposedScore);
    }

    /**
     * {@link #proposedScore(String, int)} as {@code q}'s handle sees it (inside a transaction that just recorded
     * corrections).
     */
    static java.util.Optional<java.math.BigDecimal> proposedScore(ReviewDecisionQueries q, String unitCode, int fiscalYear) {
        return q.proposedScore(unitCode, fiscalYear).map(ProposedScore::proposedScore);
    }

    /** Whether {@code score} may be a 复核得分: points in 0–100. */
    static boolean isReviewedScore(java.math.BigDecimal score) {
        return score != null && score.signum() >= 0 && score.compareTo(java.math.BigDecimal.valueOf(100)) <= 0;
    }

    /** The proposed 复核得分 with the rule set it is proposed under and why it is capped; empty where the report states no score. */
    public java.util.Optional<ProposedScore> proposal(String unitCode, int fiscalYear) {
        return jdbi.withExtension(ReviewDecisionQueries.class, q -> q.proposedScore(unitCode, fiscalYear));
    }

    /**
     * Moves a report's review to {@code status}.
     *
     * @param message the message to the unit; required for {@link ReviewStatus#RETURNED}
     * @param score   the 复核得分 (points, 0–100); required for {@link ReviewStatus#REVIEWED}, ignored otherwise
     * @throws ReviewNotAllowedException for a user who is not finance or an administrator
     * @throws IllegalArgumentException  for a return without a message, a review without a score in 0–100
     */
    public ReportReview setStatus(String unitCode, int fiscalYear, ReviewStatus status, String message, java.math.BigDecimal score) {
        requireReviewer("change a review");
        String text = message == null || message.isBlank() ? null : message.strip();
        if (status == ReviewStatus.RETURNED && text == null) {
            throw new IllegalArgumentException("A report returned to its unit needs a message saying what to correct");
        }
        java.math.BigDecimal reviewed = null;
        if (status == ReviewStatus.REVIEWED) {
            if (!isReviewedScore(score)) {
                throw new IllegalArgumentException("A reviewed report needs a 复核得分 between 0 and 100, not " + score);
            }
            reviewed = score.setScale(2, java.math.RoundingMode.HALF_UP);
        }
        java.math.BigDecimal scored = reviewed;
        LocalDateTime at = LocalDateTime.now(clock);
        String ruleSet = jdbi.inTransaction(h -> {
            ReviewDecisionQueries q = h.attach(ReviewDecisionQueries.class);
            // a reviewed report keeps the rule set its district is reviewed under now (view report_rule_set)
            String under = status == ReviewStatus.REVIEWED ? q.ruleSetOf(unitCode, fiscalYear) : null;
            q.insertReviewEvent(unitCode, fiscalYear, "status", status.code(), scored, under, text, user.username(), at);
            ReportMetricsStore.refreshReviewed(h, unitCode, fiscalYear);
            return under;
        });
        audit.record(user.username(), "review_status", unitCode + " " + fiscalYear + ": " + status.code()
                + (scored == null ? "" : " " + scored.toPlainString() + (ruleSet == null ? "" : " (" + ruleSet + ")"))
                + (text == null ? "" : " (" + text + ")"), null);
        return review(unitCode, fiscalYear);
    }

    /**
     * A comment on a report's review: a unit's answer to a returned report, or a reviewer's note. Finance
     * and administrators may comment on any report, a unit user on its own unit's only.
     */
    public void comment(String unitCode, int fiscalYear, String message) {
        node.refuseChanges();
        if (!mayComment(unitCode)) {
            throw new ReviewNotAllowedException(user.username(), "comment on the review of " + unitCode);
        }
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("A comment needs a text");
        }
        LocalDateTime at = LocalDateTime.now(clock);
        jdbi.useExtension(ReviewDecisionQueries.class, q -> q.insertReviewEvent(unitCode, fiscalYear, "comment", null, null, null,
                message.strip(), user.username(), at));
        audit.record(user.username(), "review_comment", unitCode + " " + fiscalYear + ": " + message.strip(), null);
    }

    /** Whether the signed-in user may comment on a review of {@code unitCode}'s reports: finance, administrators, the unit itself. */
    public boolean mayComment(String unitCode) {
        return mayReview() || (!node.active() && user.role().filter(r -> r == Role.UNIT).isPresent() && user.scope().unitCode() != null
                && user.scope().allows(unitCode));
    }

    private static ReportReview toReview(ReviewEventRow r) {
        return new ReportReview(r.unitCode(), r.fiscalYear(), ReviewStatus.byCode(r.status()).orElse(ReviewStatus.PENDING),
                r.reviewedScore(), r.reviewedGrade(), r.ruleSet(), r.message(), r.username(), r.loggedAt());
    }

    void requireReviewer(String action) {
        node.refuseChanges();
        if (!mayReview()) {
            throw new ReviewNotAllowedException(user.username(), action);
        }
    }
}
