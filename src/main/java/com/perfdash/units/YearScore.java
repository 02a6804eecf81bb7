package com.perfdash.units;

import java.math.BigDecimal;

/** A report's total score as stated (points), by fiscal year; null where the report states none. */
public record YearScore(int fiscalYear, BigDecimal totalScore) {
}
