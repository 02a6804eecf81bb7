package com.perfdash.overview;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One series of a per-year chart: one value per year of its {@link YearChartData}, in order; a null is
 * a year without a value (no report, or no report stating the figure), drawn as a gap, never as 0.
 *
 * @param key    the translation key of the series' name, e.g. {@code metric.executed}
 * @param values one value per year
 */
public record YearSeries(String key, List<BigDecimal> values) {

    public YearSeries {
        Objects.requireNonNull(key, "key");
        values = Collections.unmodifiableList(new java.util.ArrayList<>(values)); // keeps the nulls
    }

    public boolean hasData() {
        return values.stream().anyMatch(Objects::nonNull);
    }
}
