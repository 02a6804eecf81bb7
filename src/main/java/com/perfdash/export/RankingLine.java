package com.perfdash.export;

import java.math.BigDecimal;

/**
 * One unit in the summary's ranking: its rank by total score among the units of the scope that year,
 * with its execution rate beside it (rankings of {@code metric_ranking}, db/views/05_compare.sql).
 *
 * @param rank          competition rank by total score (ties share a rank); null without a score
 * @param totalScore    total score as stated, points
 * @param scoreChange   total score − last year's, points; null without both
 * @param rankChange    last year's rank − this year's: positive means the unit moved up
 * @param executionRate 执行率, a fraction; null when the report does not state both figures
 */
public record RankingLine(Integer rank, String unitCode, String unitName, String category, BigDecimal totalScore,
                          BigDecimal scoreChange, Integer rankChange, BigDecimal executionRate) {
}
