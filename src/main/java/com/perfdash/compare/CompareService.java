package com.perfdash.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Service;

/** Compares units by one metric: the ranking of a year, and the metric over years for some units. */
@Service
public class CompareService {

    /** How many units of the ranking the heatmap shows; beyond that rows become unreadable. */
    public static final int HEATMAP_UNITS = 30;

    private final Jdbi jdbi;

    public CompareService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public CompareOptions options() {
        return jdbi.withExtension(CompareQueries.class, q -> new CompareOptions(q.years(), q.categories()));
    }

    /** The ranking of {@code year} by {@code metric} among the units of {@code category} (null: all). */
    public List<RankingRow> ranking(CompareMetric metric, int year, String category) {
        return jdbi.withExtension(CompareQueries.class, q -> q.ranking(metric.code(), year, category == null ? "" : category));
    }

    /** Three queries on one connection: the ranking, the units' names, their values over the years. */
    public Comparison compare(CompareFilter filter) {
        return jdbi.withExtension(CompareQueries.class, q -> {
            String category = filter.category() == null ? "" : filter.category();
            List<RankingRow> ranking = q.ranking(filter.metric().code(), filter.year(), category);
            List<UnitRef> heatmapUnits = ranking.stream().limit(HEATMAP_UNITS)
                    .map(r -> new UnitRef(r.unitCode(), r.unitName(), r.category())).toList();
            List<String> lineCodes = filter.units() != null ? filter.units()
                    : ranking.stream().limit(CompareFilter.DEFAULT_LINE_UNITS).map(RankingRow::unitCode).toList();
            Map<String, UnitRef> named = q.units(lineCodes.toArray(String[]::new)).stream()
                    .collect(Collectors.toMap(UnitRef::unitCode, Function.identity()));
            List<UnitRef> lineUnits = lineCodes.stream().filter(named::containsKey).map(named::get).toList();

            Set<String> codes = new LinkedHashSet<>();
            heatmapUnits.forEach(u -> codes.add(u.unitCode()));
            lineUnits.forEach(u -> codes.add(u.unitCode()));
            List<UnitYearValue> values = codes.isEmpty() ? List.of()
                    : q.values(filter.metric().code(), filter.fromYear(), filter.toYear(), codes.toArray(String[]::new));
            CompareFilter resolved = new CompareFilter(filter.metric(), filter.year(), filter.fromYear(), filter.toYear(),
                    filter.category(), new ArrayList<>(lineUnits.stream().map(UnitRef::unitCode).toList()));
            return new Comparison(resolved, ranking, heatmapUnits, lineUnits, values);
        });
    }
}
