package com.perfdash.compare.ui;

import com.perfdash.compare.CompareFilter;
import com.perfdash.compare.CompareMetric;
import com.perfdash.compare.CompareOptions;
import com.perfdash.review.Basis;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The comparison page's selections in its address, so that a view can be bookmarked and shared:
 * {@code compare?metric=execution_rate&year=2024&from=2016&to=2025&category=街道/镇&units=a&units=b}
 * ({@code units=a,b} is read too). A missing or unknown value falls back to its default: execution
 * rate, the last loaded year, every loaded year, every category, the first units of the ranking;
 * {@code units=} (empty) draws no line. {@code basis=stated|reviewed} is the 口径; without it, the
 * default the caller gives (复核后 where reviews exist).
 */
final class CompareAddress {

    static final String METRIC = "metric";
    static final String YEAR = "year";
    static final String FROM = "from";
    static final String TO = "to";
    static final String CATEGORY = "category";
    static final String UNITS = "units";

    private CompareAddress() {
    }

    static CompareFilter parse(Map<String, List<String>> parameters, CompareOptions options) {
        return parse(parameters, options, () -> Basis.STATED);
    }

    /** The page's selections in its address; {@code defaultBasis} is asked only where it names no 口径. */
    static CompareFilter parse(Map<String, List<String>> parameters, CompareOptions options, Supplier<Basis> defaultBasis) {
        List<Integer> years = options.years();
        int first = years.get(0);
        int last = years.get(years.size() - 1);
        CompareMetric metric = CompareMetric.fromCode(one(parameters, METRIC)).orElse(CompareMetric.EXECUTION_RATE);
        int to = year(parameters, TO, years, last);
        int from = year(parameters, FROM, years, first);
        int year = year(parameters, YEAR, years, Math.max(from, to));
        String category = one(parameters, CATEGORY);
        if (category != null && !options.categories().contains(category)) {
            category = null;
        }
        List<String> units = null;
        if (parameters.containsKey(UNITS)) {
            units = parameters.get(UNITS).stream().flatMap(v -> Arrays.stream(v.split(",")))
                    .map(String::trim).filter(s -> !s.isEmpty()).toList();
        }
        return new CompareFilter(metric, year, from, to, category, units, Basis.fromQuery(parameters).orElseGet(defaultBasis));
    }

    static Map<String, List<String>> parameters(CompareFilter filter) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        p.put(METRIC, List.of(filter.metric().code()));
        p.put(YEAR, List.of(Integer.toString(filter.year())));
        p.put(FROM, List.of(Integer.toString(filter.fromYear())));
        p.put(TO, List.of(Integer.toString(filter.toYear())));
        if (filter.category() != null) {
            p.put(CATEGORY, List.of(filter.category()));
        }
        if (filter.units() != null) {
            p.put(UNITS, filter.units().isEmpty() ? List.of("") : filter.units());
        }
        p.put(Basis.PARAMETER, List.of(filter.basis().code()));
        return p;
    }

    private static String one(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static int year(Map<String, List<String>> parameters, String name, List<Integer> years, int fallback) {
        try {
            String text = one(parameters, name);
            if (text != null && years.contains(Integer.parseInt(text.trim()))) {
                return Integer.parseInt(text.trim());
            }
        } catch (NumberFormatException e) {
            // an address typed by hand: keep the default
        }
        return fallback;
    }
}
