package com.perfdash.overview;

import java.math.BigDecimal;

/**
 * One unit that needs attention in a fiscal year (macro {@code watch_list}, db/views/04_overview.sql), with the reasons.
 *
 * @param unitCode       the unit, as in {@code /units/{unitCode}}
 * @param fullYearBudget 全年预算数, 万元
 * @param executed       全年执行数, 万元
 * @param executionRate  executed / full-year budget, a fraction
 * @param totalScore     the stated total score, points
 * @param scoreGrade     the grade the score earns: 优/良/中/差
 * @param previousScore  the unit's total score of the year before, points; null without one
 * @param scoreChange    {@code totalScore - previousScore}, points
 * @param fallRank       1 for the largest score fall of the year, 2 for the next...; null without a fall
 * @param lowExecution   executed less than 90 % of the full-year budget
 * @param lowScore       total score below 80 points
 * @param largeFall      one of the three largest score falls of the year
 * @param findings       what the review checks found in this report (review_finding), all severities
 * @param findingErrors  how many of those are errors
 */
public record WatchListEntry(
        String unitCode,
        String unitName,
        String category,
        int fiscalYear,
        String sourceKind,
        BigDecimal fullYearBudget,
        BigDecimal executed,
        BigDecimal executionRate,
        BigDecimal totalScore,
        String scoreGrade,
        BigDecimal previousScore,
        BigDecimal scoreChange,
        Integer fallRank,
        boolean lowExecution,
        boolean lowScore,
        boolean largeFall,
        int findings,
        int findingErrors) {
}
