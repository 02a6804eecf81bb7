package com.perfdash.compare;

import java.math.BigDecimal;

/** One unit's value of a metric in one fiscal year (万元, points, or a fraction); null when not stated. */
public record UnitYearValue(String unitCode, int fiscalYear, BigDecimal value) {
}
