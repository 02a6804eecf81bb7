package com.perfdash.review;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The 复核得分 to propose for a report (view proposed_unit_score, db/views/09_review.sql): the whole-unit
 * table's score with the reviewer's corrections, at most the cap the district's rule set puts on its
 * execution rate.
 *
 * @param correctedScore   the stated total with the reviewer's corrections and re-scores, points
 * @param ruleSet          the code of the rule set the report is reviewed under, and its names below
 * @param executionRatePct the whole-unit table's 全年执行数 ÷ 全年预算数 with the reviewer's corrections,
 *                         percent with two decimals; null where the budget is not stated or not positive
 * @param cap              the highest total the rule set allows at that rate, or null where it caps nothing
 * @param proposedScore    the corrected score, at most the cap
 * @param capped           whether the cap lowered the corrected score
 */
public record ProposedScore(BigDecimal correctedScore, String ruleSet, String ruleSetNameZh, String ruleSetNameEn,
                            BigDecimal executionRatePct, BigDecimal cap, BigDecimal proposedScore, boolean capped) {

    public String ruleSetName(Locale locale) {
        return FindingMessages.isChinese(locale) ? ruleSetNameZh : ruleSetNameEn;
    }
}
