package com.perfdash.overview;

import java.util.List;

/**
 * What the overview page shows for one filter and selected year.
 *
 * @param years              per-year totals over the filter's range, years without reports left out
 * @param scoreDistributions per-year score spread, same years
 * @param gradeMixes         per-year grade counts, same years
 * @param selected           the selected year's totals and YoY, or null when no report of that year matches
 * @param watchList          the selected year's units that need attention
 * @param selectedFindings   what the review checks found in the selected year's reports, or null
 *                           when no report of that year matches
 */
public record Overview(OverviewFilter filter, int selectedYear, List<YearAggregate> years,
                       List<ScoreDistribution> scoreDistributions, List<GradeMix> gradeMixes,
                       YearAggregate selected, List<WatchListEntry> watchList, YearFindings selectedFindings) {

    public Overview {
        years = List.copyOf(years);
        scoreDistributions = List.copyOf(scoreDistributions);
        gradeMixes = List.copyOf(gradeMixes);
        watchList = List.copyOf(watchList);
    }

    /** True when no report in the whole range matches the filter. */
    public boolean isEmpty() {
        return years.isEmpty();
    }
}
