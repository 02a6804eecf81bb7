package com.perfdash.compare;

import com.perfdash.base.unit.UnitRef;

import java.util.List;
import java.util.Objects;

/**
 * Everything the comparison page shows for one {@link CompareFilter}.
 *
 * @param filter       the filter, with the line units resolved (never null here)
 * @param ranking      the size of the ranking: every unit of the filter with a report in the ranking year
 * @param heatmapUnits the units of the heatmap: the first {@link CompareService#HEATMAP_UNITS} of the
 *                     ranking, in rank order
 * @param lineUnits    the units drawn as lines, in the order chosen; codes that name no unit are dropped
 * @param values       the metric's values of the heatmap and line units over the filter's years
 */
public record Comparison(CompareFilter filter, RankingCount ranking, List<UnitRef> heatmapUnits,
                         List<UnitRef> lineUnits, List<UnitYearValue> values) {

    public Comparison {
        Objects.requireNonNull(ranking, "ranking");
        heatmapUnits = List.copyOf(heatmapUnits);
        lineUnits = List.copyOf(lineUnits);
        values = List.copyOf(values);
    }

    /** True when the heatmap leaves units of the ranking out. */
    public boolean heatmapTruncated() {
        return heatmapUnits.size() < ranking.units();
    }
}
