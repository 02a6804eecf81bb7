package com.perfdash.units;

import java.math.BigDecimal;

/** One unit's stated total score (points) in one fiscal year, as the score-trend query returns it. */
public record UnitYearScore(String unitCode, int fiscalYear, BigDecimal totalScore) {
}
