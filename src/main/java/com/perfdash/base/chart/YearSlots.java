package com.perfdash.base.chart;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The years along a chart's category axis, each with its row: every fiscal year from the first to the
 * last, a year in between without a row kept as a gap (its values null, never 0 and never left out: a
 * trend across a year without reports must not look continuous). The one year-series fill of every
 * chart mapper. Pure: no Vaadin, no database.
 *
 * @param <T> a row of one year
 */
public final class YearSlots<T> {

    private final List<Integer> years;
    private final Map<Integer, T> byYear;

    private YearSlots(List<Integer> years, Map<Integer, T> byYear) {
        this.years = List.copyOf(years);
        this.byYear = byYear;
    }

    /** From the first to the last year of {@code rows}, each year with its first row; none when there are no rows. */
    public static <T> YearSlots<T> of(Collection<T> rows, ToIntFunction<T> year) {
        Map<Integer, T> byYear = byYear(rows, year);
        return byYear.isEmpty() ? new YearSlots<>(List.of(), byYear)
                : new YearSlots<>(span(Collections.min(byYear.keySet()), Collections.max(byYear.keySet())), byYear);
    }

    /** Every year from {@code fromYear} to {@code toYear} (a chosen range), each with its first row of {@code rows}. */
    public static <T> YearSlots<T> between(int fromYear, int toYear, Collection<T> rows, ToIntFunction<T> year) {
        return new YearSlots<>(span(fromYear, toYear), byYear(rows, year));
    }

    /** From the first to the last of {@code years}, with no rows: for a chart that finds each year's values itself. */
    public static YearSlots<Integer> spanning(Collection<Integer> years) {
        return of(years, y -> y);
    }

    /** Each year's first row. */
    private static <T> Map<Integer, T> byYear(Collection<T> rows, ToIntFunction<T> year) {
        Map<Integer, T> byYear = new HashMap<>();
        rows.forEach(r -> byYear.putIfAbsent(year.applyAsInt(r), r));
        return byYear;
    }

    private static List<Integer> span(int fromYear, int toYear) {
        List<Integer> years = new ArrayList<>();
        for (int y = fromYear; y <= toYear; y++) {
            years.add(y);
        }
        return years;
    }

    /** The years, oldest first. */
    public List<Integer> years() {
        return years;
    }

    /** The years as the axis labels them ("2020"). */
    public List<String> labels() {
        return years.stream().map(String::valueOf).toList();
    }

    /** {@code value} of each year's row, null for a year without one (a gap). */
    public <V> List<V> series(Function<T, V> value) {
        List<V> values = new ArrayList<>(years.size());
        for (Integer y : years) {
            T row = byYear.get(y);
            values.add(row == null ? null : value.apply(row));
        }
        return values;
    }
}
