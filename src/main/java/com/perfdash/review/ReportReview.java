package com.perfdash.review;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A report's review now.
 *
 * @param status         {@link ReviewStatus#PENDING} when nobody has started
 * @param reviewedScore  the 复核得分 (points) once reviewed, else null
 * @param reviewedGrade  its grade by the official bands, else null
 * @param ruleSet        the scoring rule set the score was proposed under, else null
 * @param message        the reviewer's message with the status (to the unit when returned), or null
 * @param by             who set the status, or null while pending
 * @param at             when, or null while pending
 */
public record ReportReview(String unitCode, int fiscalYear, ReviewStatus status, BigDecimal reviewedScore, String reviewedGrade,
                           String ruleSet, String message, String by, LocalDateTime at) {
}
