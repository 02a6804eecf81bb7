package com.perfdash.compare;

import com.perfdash.base.ui.Formats;
import java.math.BigDecimal;

/**
 * How a metric's values and changes read in the ranking table: money in 万元 with two decimals, rates and
 * shares as percent with one decimal (changes in percentage points), points up to two decimals; changes
 * carry their sign. The unit goes into the column header. A missing value reads "—". Pure.
 */
public final class MetricText {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private MetricText() {
    }

    /** A value: "1,234.56" (万元), "95.0%", "92" (分). */
    public static String value(CompareMetric metric, BigDecimal value) {
        return switch (metric.kind()) {
            case MONEY -> Formats.money(value);
            case FRACTION -> Formats.percentOfFraction(value);
            case POINTS -> Formats.points(value);
        };
    }

    /** A change against last year with its sign: "+12.30" (万元), "-1.5" (percentage points), "+2" (分). */
    public static String change(CompareMetric metric, BigDecimal change) {
        if (change == null) {
            return Formats.MISSING;
        }
        String text = switch (metric.kind()) {
            case MONEY -> Formats.money(change);
            case FRACTION -> Formats.percent(change.multiply(HUNDRED)).replace("%", "");
            case POINTS -> Formats.points(change);
        };
        return sign(change, text);
    }

    /** A relative change with its sign: 0.125 → "+12.5%". */
    public static String relativeChange(BigDecimal fraction) {
        return fraction == null ? Formats.MISSING : sign(fraction, Formats.percentOfFraction(fraction));
    }

    /** A rank change: 3 → "↑3" (moved up), -2 → "↓2", 0 → "=". */
    public static String rankChange(Integer change) {
        if (change == null) {
            return Formats.MISSING;
        }
        return change > 0 ? "↑" + change : change < 0 ? "↓" + (-change) : "=";
    }

    private static String sign(BigDecimal value, String text) {
        // a change that rounds to zero reads without a sign
        if (value.signum() > 0 && !isZero(text)) {
            return "+" + text;
        }
        return isZero(text) ? text.replace("-", "") : text;
    }

    private static boolean isZero(String text) {
        return text.replaceAll("[^1-9]", "").isEmpty();
    }
}
