package com.perfdash.base.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A rate or share as the charts' percent axis ({@link ValueFormat#PERCENT}) draws it: the fraction the
 * metrics hold (0.941667) as a percent value with two decimals, half up (94.17).
 */
public final class PercentValue {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PercentValue() {
    }

    /** {@code fraction} × 100 with two decimals, half up; null stays null. */
    public static BigDecimal of(BigDecimal fraction) {
        return fraction == null ? null : fraction.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP);
    }

    /** As {@link #of(BigDecimal)}, for a rate read as a double. */
    public static BigDecimal of(Double fraction) {
        return fraction == null ? null : of(BigDecimal.valueOf(fraction));
    }
}
