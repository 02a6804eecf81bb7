package com.perfdash.units;

import java.util.List;

/**
 * "Compared with last year": the whole-unit indicators a report shares with the same unit's report of
 * the year before.
 *
 * @param previousYear the year before, or null when the unit did not report that year (then rows is empty)
 * @param rows         the shared indicators, in this year's table order
 */
public record YearComparison(Integer previousYear, List<IndicatorComparison> rows) {

    public YearComparison {
        rows = List.copyOf(rows);
    }

    public boolean hasPreviousYear() {
        return previousYear != null;
    }
}
