package com.perfdash.overview;

import java.math.BigDecimal;

/**
 * How the stated total scores of one fiscal year spread (macro {@code year_metrics}, db/views/04_overview.sql), points.
 * Quartiles interpolate linearly between scores. All five are null when no report states a score.
 *
 * @param fiscalYear    the fiscal year
 * @param scoredReports reports that state a total score
 */
public record ScoreDistribution(int fiscalYear, int scoredReports, BigDecimal minScore, BigDecimal q1Score,
                                BigDecimal medianScore, BigDecimal q3Score, BigDecimal maxScore) {
}
