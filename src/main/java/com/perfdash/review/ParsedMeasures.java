package com.perfdash.review;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * {@link MeasureParser#parse} with a cache for one run of the Java checks: the same target and actual
 * texts recur in thousands of indicator rows ("≥95%", "4 次"), and a parse is pure, its {@link Measure}
 * immutable. The cache keeps the most recently read texts, at most {@link #CAPACITY}, so its memory stays
 * bounded however many reports there are.
 */
final class ParsedMeasures implements Function<String, Measure> {

    static final int CAPACITY = 100_000;

    private final Map<String, Measure> cache = new LinkedHashMap<>(1 << 16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Measure> eldest) {
            return size() > CAPACITY;
        }
    };

    @Override
    public Measure apply(String text) {
        Measure m = cache.get(text);
        if (m == null) {
            m = MeasureParser.parse(text);
            cache.put(text, m);
        }
        return m;
    }
}
