package com.perfdash.export;

import com.perfdash.base.ui.MeasureKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One key figure of an annual summary with the year before. The change is the plain difference
 * (this year − last year), in the figure's unit; for amounts and counts also relative to last year, as the
 * overview's changes are defined (docs/metrics.md, {@code year_metrics}).
 *
 * @param labelKey the translation key of the figure's name, with its unit (全年预算数（万元）)
 * @param kind     what the figure is, and so how its value and change read (the pages' vocabulary)
 * @param current  this year's value: 万元, a fraction for rates and shares, points, or a count; null when
 *                 no report states it
 * @param previous last year's value in the same unit; null without one
 */
public record KeyFigure(String labelKey, MeasureKind kind, BigDecimal current, BigDecimal previous) {

    public KeyFigure {
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(kind, "kind");
    }

    /** this year − last year; null when either is missing. */
    public BigDecimal change() {
        return current == null || previous == null ? null : current.subtract(previous);
    }

    /**
     * change / last year for amounts and counts, a fraction (0.1 = +10 %), 6 decimals; null for rates and
     * points, or without a base (last year missing or 0). The same definition as the SQL macro
     * {@code relative_change} (db/views/03_report_metrics.sql: this / last − 1) that {@code year_metrics}
     * and the ranking use, computed here because the summary needs it where no query has it: for counts,
     * and for a unit's own years, which come from {@code report_metrics} row by row.
     */
    public BigDecimal relativeChange() {
        if (!kind.hasRelativeChange() || change() == null || previous.signum() == 0) {
            return null;
        }
        return change().divide(previous, 6, RoundingMode.HALF_UP);
    }

    static BigDecimal of(Double fraction) {
        return fraction == null ? null : BigDecimal.valueOf(fraction);
    }

    static BigDecimal of(Integer count) {
        return count == null ? null : BigDecimal.valueOf(count);
    }
}
