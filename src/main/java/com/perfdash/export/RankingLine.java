package com.perfdash.export;

import java.math.BigDecimal;

/**
 * One unit in the summary's ranking: its rank by total score among the units of the scope that year,
 * with its execution rate beside it (rankings of {@code metric_ranking}, db/views/05_compare.sql).
 *
 * @param rank          competition rank by total score (ties share a rank); null without a score
 * @param totalScore    total score under the summary's 口径, points
 * @param scoreChange   total score − last year's, points; null without both
 * @param rankChange    last year's rank − this year's: positive means the unit moved up
 * @param executionRate 执行率, a fraction; null when the report does not state both figures
 * @param reviewed      under 复核后 whether the report's review is finished (已复核); null under 自评（原文）
 */
public record RankingLine(Integer rank, String unitCode, String unitName, String category, BigDecimal totalScore,
                          BigDecimal scoreChange, Integer rankChange, BigDecimal executionRate, Boolean reviewed) {
}
