package com.perfdash.overview;

import java.util.List;

/**
 * What the overview's filters can choose from, over everything loaded.
 *
 * @param years      fiscal years with at least one report, oldest first
 * @param categories unit categories with at least one report, the most units first
 * @param sources    the source kinds loaded: {@code real}, {@code demo}
 */
public record OverviewOptions(List<Integer> years, List<String> categories, List<String> sources) {

    public OverviewOptions {
        years = List.copyOf(years);
        categories = List.copyOf(categories);
        sources = List.copyOf(sources);
    }

    public boolean isEmpty() {
        return years.isEmpty();
    }

    public Integer firstYear() {
        return years.isEmpty() ? null : years.get(0);
    }

    public Integer lastYear() {
        return years.isEmpty() ? null : years.get(years.size() - 1);
    }
}
