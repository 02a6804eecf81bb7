package com.perfdash.compare;

import com.perfdash.base.ui.Formats;
import com.perfdash.base.ui.MeasureKind;
import java.math.BigDecimal;

/**
 * How a metric's changes read in the ranking table (its values are its {@link MeasureKind}'s, as in every
 * grid), in the product's one vocabulary: money in 万元 with two decimals, rates and shares as percent with one decimal
 * (changes in percentage points), points up to two decimals; changes carry their sign, and one that
 * rounds to zero none. The unit goes into the column header, so a change reads bare ("-1.5", not
 * "-1.5 个百分点"). A missing value reads "—". Pure.
 */
public final class MetricText {

    private MetricText() {
    }

    /** A change against last year with its sign: "+12.30" (万元), "-1.5" (percentage points), "+2" (分). */
    public static String change(CompareMetric metric, BigDecimal change) {
        return metric.kind().change(change).signed();
    }

    /** A relative change with its sign: 0.125 → "+12.5%". */
    public static String relativeChange(BigDecimal fraction) {
        return MeasureKind.relativeChange(fraction).signed();
    }

    /** A rank change: 3 → "↑3" (moved up), -2 → "↓2", 0 → "=". */
    public static String rankChange(Integer change) {
        if (change == null) {
            return Formats.MISSING;
        }
        return change > 0 ? "↑" + change : change < 0 ? "↓" + (-change) : "=";
    }
}
