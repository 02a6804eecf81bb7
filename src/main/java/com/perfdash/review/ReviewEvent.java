package com.perfdash.review;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One event of a report's review, latest first: a change of status or a comment.
 *
 * @param comment       true for a comment (a unit's answer, a reviewer's note), false for a change of status
 * @param status        the status moved to (null for a comment)
 * @param reviewedScore the 复核得分, points, with {@link ReviewStatus#REVIEWED}
 * @param reviewedGrade its grade by the official bands
 * @param ruleSet       the scoring rule set the score was proposed under
 * @param message       the message to the unit, or the comment
 */
public record ReviewEvent(boolean comment, ReviewStatus status, BigDecimal reviewedScore, String reviewedGrade, String ruleSet,
                          String message, String username, LocalDateTime loggedAt) {
}
