package com.perfdash.overview;

import com.perfdash.review.Basis;

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
 * @param basis      口径: the figures as stated, or with finance's review applied
 */
public record OverviewFilter(int fromYear, int toYear, Set<String> categories, SourceFilter source, Basis basis) {

    /** The figures as stated. */
    public OverviewFilter(int fromYear, int toYear, Set<String> categories, SourceFilter source) {
        this(fromYear, toYear, categories, source, Basis.STATED);
    }

    public OverviewFilter {
        if (toYear < fromYear) {
            throw new IllegalArgumentException("The year range " + fromYear + "–" + toYear + " is empty");
        }
        categories = Collections.unmodifiableSet(new TreeSet<>(categories == null ? Set.of() : categories));
        source = Objects.requireNonNullElse(source, SourceFilter.ALL);
        basis = Objects.requireNonNullElse(basis, Basis.STATED);
    }

    /** Every category and source over a year range. */
    public static OverviewFilter years(int fromYear, int toYear) {
        return new OverviewFilter(fromYear, toYear, Set.of(), SourceFilter.ALL);
    }

    public OverviewFilter withCategories(Set<String> categories) {
        return new OverviewFilter(fromYear, toYear, categories, source, basis);
    }

    public OverviewFilter withSource(SourceFilter source) {
        return new OverviewFilter(fromYear, toYear, categories, source, basis);
    }

    public OverviewFilter withBasis(Basis basis) {
        return new OverviewFilter(fromYear, toYear, categories, source, basis);
    }

    public boolean contains(int fiscalYear) {
        return fiscalYear >= fromYear && fiscalYear <= toYear;
    }

    /** The categories as the SQL macros take them: an array, empty for "every category". */
    String[] categoryArray() {
        return categories.toArray(String[]::new);
    }
}
