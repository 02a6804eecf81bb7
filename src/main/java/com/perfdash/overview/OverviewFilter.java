package com.perfdash.overview;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which reports the overview's trends cover.
 *
 * @param fromYear   first fiscal year shown, inclusive
 * @param toYear     last fiscal year shown, inclusive, not before {@code fromYear}
 * @param categories unit categories to keep (党委部门, 街道/镇 ...); empty keeps every category
 * @param source     real reports, demo reports or both
 */
public record OverviewFilter(int fromYear, int toYear, Set<String> categories, SourceFilter source) {

    public OverviewFilter {
        if (toYear < fromYear) {
            throw new IllegalArgumentException("The year range " + fromYear + "–" + toYear + " is empty");
        }
        categories = Collections.unmodifiableSet(new TreeSet<>(categories == null ? Set.of() : categories));
        source = Objects.requireNonNullElse(source, SourceFilter.ALL);
    }

    /** Every category and source over a year range. */
    public static OverviewFilter years(int fromYear, int toYear) {
        return new OverviewFilter(fromYear, toYear, Set.of(), SourceFilter.ALL);
    }

    public OverviewFilter withCategories(Set<String> categories) {
        return new OverviewFilter(fromYear, toYear, categories, source);
    }

    public OverviewFilter withSource(SourceFilter source) {
        return new OverviewFilter(fromYear, toYear, categories, source);
    }

    public boolean contains(int fiscalYear) {
        return fiscalYear >= fromYear && fiscalYear <= toYear;
    }

    /** The categories as the SQL macros take them: an array, empty for "every category". */
    String[] categoryArray() {
        return categories.toArray(String[]::new);
    }
}
