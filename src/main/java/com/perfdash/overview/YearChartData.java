package com.perfdash.overview;

import java.util.List;

/**
 * The data of a per-year chart, independent of the chart library: every year of a range as a
 * category, and series with one value per year.
 */
public record YearChartData(List<Integer> years, List<YearSeries> series) {

    public YearChartData {
        years = List.copyOf(years);
        series = List.copyOf(series);
        for (YearSeries s : series) {
            if (s.values().size() != years.size()) {
                throw new IllegalArgumentException("Series " + s.key() + " has " + s.values().size()
                        + " values for " + years.size() + " years");
            }
        }
    }

    /** The years as axis labels. */
    public List<String> categories() {
        return years.stream().map(String::valueOf).toList();
    }

    /** True when some series has a value for some year; otherwise the page says so instead of drawing. */
    public boolean hasData() {
        return series.stream().anyMatch(YearSeries::hasData);
    }

    public YearSeries series(String key) {
        return series.stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No series " + key));
    }
}
