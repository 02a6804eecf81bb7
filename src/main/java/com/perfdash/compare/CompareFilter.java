package com.perfdash.compare;

import com.perfdash.review.Basis;
import java.util.List;
import java.util.Objects;

/**
 * What the comparison page shows: a metric, the fiscal year of the ranking, the years of the heatmap
 * and the lines, an optional unit category and the units drawn as lines.
 *
 * @param category a unit category, or null for every category
 * @param units    unit codes for the line chart, at most {@link #MAX_LINE_UNITS}, in the order chosen;
 *                 null when none were chosen, and then the first {@link #DEFAULT_LINE_UNITS} of the
 *                 ranking are drawn (an empty list draws none)
 * @param basis    口径: the figures as stated, or with finance's review applied
 */
public record CompareFilter(CompareMetric metric, int year, int fromYear, int toYear, String category,
                            List<String> units, Basis basis) {

    /** How many units the line chart takes; more lines stop being readable. */
    public static final int MAX_LINE_UNITS = 8;
    /** How many units of the ranking the line chart draws when none were chosen. */
    public static final int DEFAULT_LINE_UNITS = 5;

    public CompareFilter {
        Objects.requireNonNull(metric, "metric");
        if (fromYear > toYear) {
            int t = fromYear;
            fromYear = toYear;
            toYear = t;
        }
        category = category == null || category.isBlank() ? null : category;
        units = units == null ? null : units.stream().filter(Objects::nonNull).distinct().limit(MAX_LINE_UNITS).toList();
        basis = Objects.requireNonNullElse(basis, Basis.STATED);
    }

    /** The comparison as stated (自评（原文）). */
    public CompareFilter(CompareMetric metric, int year, int fromYear, int toYear, String category, List<String> units) {
        this(metric, year, fromYear, toYear, category, units, Basis.STATED);
    }

    public CompareFilter withBasis(Basis basis) {
        return new CompareFilter(metric, year, fromYear, toYear, category, units, basis);
    }
}
