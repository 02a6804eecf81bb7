package com.perfdash.review;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A row of report_review_event, or of report_review_current, as the queries read it. */
public record ReviewEventRow(String unitCode, int fiscalYear, String kind, String status, BigDecimal reviewedScore,
                             String reviewedGrade, String ruleSet, String message, String username, LocalDateTime loggedAt) {
}
