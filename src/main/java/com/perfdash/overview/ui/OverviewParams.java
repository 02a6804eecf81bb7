package com.perfdash.overview.ui;

import com.perfdash.review.Basis;

import com.perfdash.overview.OverviewFilter;
import com.perfdash.overview.OverviewOptions;
import com.perfdash.overview.SourceFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The overview's filter as it stands in the URL, so that a view can be bookmarked and shared:
 * {@code ?year=2024&from=2016&to=2025&cat=街道/镇&cat=政府部门&src=demo}. Every parameter is optional;
 * a missing or unreadable one takes its default from what is loaded: the range of the loaded years,
 * every category, both sources, and the latest loaded year of the range.
 *
 * @param year       the selected fiscal year (key figures and watch list)
 * @param fromYear   first year of the trends
 * @param toYear     last year of the trends, not before {@code fromYear}
 * @param categories unit categories, empty for all
 * @param source     real, demo or all reports
 * @param basis      口径 ({@code basis=stated|reviewed}); without it, 复核后 where reviews exist
 */
public record OverviewParams(int year, int fromYear, int toYear, Set<String> categories, SourceFilter source, Basis basis) {

    /** The figures as stated (口径 自评（原文）). */
    public OverviewParams(int year, int fromYear, int toYear, Set<String> categories, SourceFilter source) {
        this(year, fromYear, toYear, categories, source, Basis.STATED);
    }

    /** Fiscal years the data format accepts; anything outside is not a year a report can have. */
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    public OverviewParams {
        categories = Set.copyOf(new LinkedHashSet<>(categories));
    }

    /** Reads the URL's parameters, filling in what is missing from {@code options} (what is loaded). */
    public static OverviewParams read(Map<String, List<String>> query, OverviewOptions options) {
        return read(query, options, () -> Basis.STATED);
    }

    /**
     * As {@link #read(Map, OverviewOptions)}, with the 口径 {@code defaultBasis} gives where the URL names
     * none (asked only then: finding the default reads the database).
     */
    public static OverviewParams read(Map<String, List<String>> query, OverviewOptions options,
                                      java.util.function.Supplier<Basis> defaultBasis) {
        int lastLoaded = options.lastYear() == null ? MAX_YEAR : options.lastYear();
        int firstLoaded = options.firstYear() == null ? lastLoaded : options.firstYear();
        int from = year(query, "from").orElse(firstLoaded);
        int to = year(query, "to").orElse(Math.max(from, lastLoaded));
        if (to < from) {
            int t = from;
            from = to;
            to = t;
        }
        int f = from;
        int t = to;
        int defaultYear = options.years().stream().filter(y -> y >= f && y <= t).reduce((a, b) -> b).orElse(t);
        int year = year(query, "year").filter(y -> y >= f && y <= t).orElse(defaultYear);
        Set<String> categories = new LinkedHashSet<>();
        for (String c : query.getOrDefault("cat", List.of())) {
            if (c != null && !c.isBlank()) {
                categories.add(c.trim());
            }
        }
        SourceFilter source = first(query, "src").flatMap(SourceFilter::fromCode).orElse(SourceFilter.ALL);
        Basis basis = Basis.fromQuery(query).orElseGet(defaultBasis);
        return new OverviewParams(year, from, to, categories, source, basis);
    }

    /** The trends' filter. */
    public OverviewFilter filter() {
        return new OverviewFilter(fromYear, toYear, categories, source, basis);
    }

    public OverviewParams withYear(int year) {
        return new OverviewParams(year, fromYear, toYear, categories, source, basis);
    }

    /** A new range; the selected year moves into it when it falls outside. */
    public OverviewParams withRange(int from, int to) {
        int f = Math.min(from, to);
        int t = Math.max(from, to);
        return new OverviewParams(Math.max(f, Math.min(t, year)), f, t, categories, source, basis);
    }

    public OverviewParams withCategories(Set<String> categories) {
        return new OverviewParams(year, fromYear, toYear, categories, source, basis);
    }

    public OverviewParams withBasis(Basis basis) {
        return new OverviewParams(year, fromYear, toYear, categories, source, basis);
    }

    public OverviewParams withSource(SourceFilter source) {
        return new OverviewParams(year, fromYear, toYear, categories, source, basis);
    }

    /** The URL parameters, every one written out so that a shared link shows the same page later. */
    public Map<String, List<String>> toQuery() {
        Map<String, List<String>> q = new LinkedHashMap<>();
        q.put("year", List.of(Integer.toString(year)));
        q.put("from", List.of(Integer.toString(fromYear)));
        q.put("to", List.of(Integer.toString(toYear)));
        if (!categories.isEmpty()) {
            q.put("cat", new ArrayList<>(new java.util.TreeSet<>(categories)));
        }
        q.put("src", List.of(source.code()));
        q.put(Basis.PARAMETER, List.of(basis.code()));
        return q;
    }

    private static Optional<String> first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
    }

    private static Optional<Integer> year(Map<String, List<String>> query, String name) {
        return first(query, name).flatMap(v -> {
            try {
                int y = Integer.parseInt(v.trim());
                return y >= MIN_YEAR && y <= MAX_YEAR ? Optional.of(y) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }
}
