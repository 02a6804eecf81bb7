package com.perfdash.compare;

import com.perfdash.base.unit.UnitRef;

import com.perfdash.base.db.SearchText;
import com.perfdash.review.Basis;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Service;

/**
 * Compares units by one metric: the ranking of a year, and the metric over years for some units. The
 * ranking and the units to pick for the lines are read a page at a time, so a page of thousands of
 * units holds only what it shows.
 */
@Service
public class CompareService {

    /** How many units of the ranking the heatmap shows; beyond that rows become unreadable. */
    public static final int HEATMAP_UNITS = 30;
    /** The most units one page of {@link #lineUnitChoices} returns. */
    public static final int MAX_CHOICES = 500;

    private final Jdbi jdbi;

    public CompareService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public CompareOptions options() {
        return jdbi.withExtension(CompareQueries.class, q -> new CompareOptions(q.years(), q.categories()));
    }

    /** The whole ranking as stated of {@code year} by {@code metric} among the units of {@code category} (null: all), by rank. */
    public List<RankingRow> ranking(CompareMetric metric, int year, String category) {
        return ranking(metric, year, category, Basis.STATED);
    }

    /** The whole ranking under {@code basis} of {@code year} by {@code metric} among the units of {@code category} (null: all), by rank. */
    public List<RankingRow> ranking(CompareMetric metric, int year, String category, Basis basis) {
        return ranking(metric, year, category, basis, RankingOrder.BY_RANK, 0, Integer.MAX_VALUE);
    }

    /** The rows {@code offset} to {@code offset + limit} of the ranking as stated sorted by {@code order}. */
    public List<RankingRow> ranking(CompareMetric metric, int year, String category, RankingOrder order, int offset, int limit) {
        return ranking(metric, year, category, Basis.STATED, order, offset, limit);
    }

    /** The rows {@code offset} to {@code offset + limit} of the ranking under {@code basis} sorted by {@code order}. */
    public List<RankingRow> ranking(CompareMetric metric, int year, String category, Basis basis, RankingOrder order, int offset,
                                    int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return jdbi.withExtension(CompareQueries.class, q -> q.ranking(metric.code(), year, orAll(category), basis.code(), order.sql(),
                limit, Math.max(0, offset)));
    }

    /** How many units the ranking as stated lists, and how many of them are ranked. */
    public RankingCount rankingCount(CompareMetric metric, int year, String category) {
        return rankingCount(metric, year, category, Basis.STATED);
    }

    /** How many units the ranking under {@code basis} lists, and how many of them are ranked. */
    public RankingCount rankingCount(CompareMetric metric, int year, String category, Basis basis) {
        return jdbi.withExtension(CompareQueries.class, q -> q.rankingCount(metric.code(), year, orAll(category), basis.code()));
    }

    /**
     * A page of the units the line chart of {@code filter} can draw: the units of its ranking in rank
     * order, then its chosen units outside the ranking in the order chosen; only those whose name or code
     * holds {@code search} (null or blank: all). {@code limit} is capped at {@link #MAX_CHOICES}.
     */
    public List<UnitRef> lineUnitChoices(CompareFilter filter, String search, int offset, int limit) {
        int pageSize = Math.min(limit, MAX_CHOICES);
        if (pageSize <= 0) {
            return List.of();
        }
        return choices(filter, search, offset, pageSize).stream().map(CompareQueries.UnitChoice::unit).toList();
    }

    /** How many units {@link #lineUnitChoices} lists for {@code filter} and {@code search}. */
    public int countLineUnitChoices(CompareFilter filter, String search) {
        List<CompareQueries.UnitChoice> first = choices(filter, search, 0, 1);
        return first.isEmpty() ? 0 : first.get(0).choices();
    }

    private List<CompareQueries.UnitChoice> choices(CompareFilter filter, String search, int offset, int limit) {
        return jdbi.withExtension(CompareQueries.class, q -> q.rankingUnits(filter.metric().code(), filter.year(),
                orAll(filter.category()), filter.basis().code(), chosen(filter), SearchText.containsPattern(search), limit, Math.max(0, offset)));
    }

    /**
     * On one connection: the size of the ranking, its first units (for the heatmap, and the lines when
     * none were chosen), the line units' names, and their values over the years. The ranking itself is
     * read by the page, {@link #ranking(CompareMetric, int, String, RankingOrder, int, int)}.
     */
    public Comparison compare(CompareFilter filter) {
        return jdbi.withExtension(CompareQueries.class, q -> {
            String category = orAll(filter.category());
            String basis = filter.basis().code();
            RankingCount count = q.rankingCount(filter.metric().code(), filter.year(), category, basis);
            List<RankingRow> first = q.ranking(filter.metric().code(), filter.year(), category, basis, RankingOrder.BY_RANK.sql(),
                    Math.max(HEATMAP_UNITS, CompareFilter.DEFAULT_LINE_UNITS), 0);
            List<UnitRef> heatmapUnits = first.stream().limit(HEATMAP_UNITS)
                    .map(r -> new UnitRef(r.unitCode(), r.unitName(), r.category())).toList();
            List<String> lineCodes = filter.units() != null ? filter.units()
                    : first.stream().limit(CompareFilter.DEFAULT_LINE_UNITS).map(RankingRow::unitCode).toList();
            Map<String, UnitRef> named = q.units(lineCodes.toArray(String[]::new)).stream()
                    .collect(Collectors.toMap(UnitRef::unitCode, Function.identity()));
            List<UnitRef> lineUnits = lineCodes.stream().filter(named::containsKey).map(named::get).toList();

            Set<String> codes = new LinkedHashSet<>();
            heatmapUnits.forEach(u -> codes.add(u.unitCode()));
            lineUnits.forEach(u -> codes.add(u.unitCode()));
            List<UnitYearValue> values = codes.isEmpty() ? List.of()
                    : q.values(filter.metric().code(), filter.fromYear(), filter.toYear(), basis, codes.toArray(String[]::new));
            CompareFilter resolved = new CompareFilter(filter.metric(), filter.year(), filter.fromYear(), filter.toYear(),
                    filter.category(), new ArrayList<>(lineUnits.stream().map(UnitRef::unitCode).toList()), filter.basis());
            return new Comparison(resolved, count, heatmapUnits, lineUnits, values);
        });
    }

    private static String orAll(String category) {
        return category == null ? "" : category;
    }

    private static String[] chosen(CompareFilter filter) {
        return filter.units() == null ? new String[0] : filter.units().toArray(String[]::new);
    }
}
