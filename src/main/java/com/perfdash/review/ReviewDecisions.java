package com.perfdash.review;

import com.perfdash.security.AuditLog;
import com.perfdash.security.CurrentUser;
import com.perfdash.security.Role;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
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

    public ReviewDecisions(Jdbi jdbi, Clock clock, AuditLog audit, CurrentUser user) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
        this.user = user;
    }

    /** Whether the signed-in user may disposition, correct, re-score and change reviews. */
    public boolean mayReview() {
        return user.role().filter(r -> r == Role.FINANCE || r == Role.ADMIN).isPresent();
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

    void requireReviewer(String action) {
        if (!mayReview()) {
            throw new ReviewNotAllowedException(user.username(), action);
        }
    }
}
