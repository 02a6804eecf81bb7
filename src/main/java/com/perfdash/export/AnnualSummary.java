package com.perfdash.export;

import com.perfdash.review.Basis;
import com.perfdash.overview.Overview;
import com.perfdash.overview.WatchListEntry;
import com.perfdash.units.UnitOverview;
import java.util.List;

/**
 * Everything an annual summary (年度总结) reports for one fiscal year and scope, gathered through the
 * overview, compare and units services (their metrics, their definitions).
 *
 * @param scopeName   the category or the unit's name; null for the whole district
 * @param fromYear    the first year of the trend charts (up to ten years up to {@code fiscalYear})
 * @param keyFigures  this year against last year
 * @param overview    the district's or category's trends (the overview page's data); null for a unit
 * @param unit        the unit and its years; null for the district or a category
 * @param ranking     by total score: the scope's units (at most {@link AnnualSummaryService#MAX_RANKING}),
 *                    or for a unit its own line among the units of its category
 * @param rankedUnits how many units the ranking ranks (with a score)
 * @param watchList   the units that need attention that year (for a unit: its own entry, if any)
 * @param basis       the 口径 of the key figures, trends and ranking (one for all three)
 */
public record AnnualSummary(int fiscalYear, SummaryScope scope, String scopeName, int fromYear, int reports,
                            List<KeyFigure> keyFigures, Overview overview, UnitOverview unit,
                            List<RankingLine> ranking, int rankedUnits, List<WatchListEntry> watchList,
                            ReviewSummary review, Basis basis) {

    public AnnualSummary {
        keyFigures = List.copyOf(keyFigures);
        ranking = List.copyOf(ranking);
        watchList = List.copyOf(watchList);
        basis = java.util.Objects.requireNonNullElse(basis, Basis.STATED);
    }

    /** Whether the ranking lists a report whose review is not finished (under 复核后 only). */
    public boolean rankingHasUnreviewed() {
        return ranking.stream().anyMatch(l -> Boolean.FALSE.equals(l.reviewed()));
    }

    public boolean isUnit() {
        return scope.kind() == SummaryScope.Kind.UNIT;
    }

    /** True when some report of the year lies in the scope. */
    public boolean hasReports() {
        return reports > 0;
    }
}
