package com.perfdash.overview;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Service;

/** District-wide trends for the leadership overview; every figure is defined in SQL (docs/metrics.md). */
@Service
public class OverviewService {

    private final Jdbi jdbi;

    public OverviewService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The years, categories and sources loaded, for the filter choices and their defaults. */
    public OverviewOptions options() {
        return jdbi.withExtension(OverviewQueries.class,
                q -> new OverviewOptions(q.years(), q.categories(), q.sources()));
    }

    /** Totals and YoY changes of each year of the filter's range that has reports, oldest first. */
    public List<YearAggregate> yearAggregates(OverviewFilter f) {
        return jdbi.withExtension(OverviewQueries.class,
                q -> q.yearAggregates(f.fromYear(), f.toYear(), f.categoryArray(), f.source().code(), f.basis().code()));
    }

    /**
     * The totals of one year under the filter's categories and source (the year need not lie in the
     * filter's range); empty when no report of that year matches.
     */
    public Optional<YearAggregate> yearAggregate(OverviewFilter f, int fiscalYear) {
        return jdbi.withExtension(OverviewQueries.class,
                q -> q.yearAggregates(fiscalYear, fiscalYear, f.categoryArray(), f.source().code(), f.basis().code())).stream().findFirst();
    }

    public List<ScoreDistribution> scoreDistributions(OverviewFilter f) {
        return jdbi.withExtension(OverviewQueries.class,
                q -> q.scoreDistributions(f.fromYear(), f.toYear(), f.categoryArray(), f.source().code(), f.basis().code()));
    }

    public List<GradeMix> gradeMixes(OverviewFilter f) {
        return jdbi.withExtension(OverviewQueries.class,
                q -> q.gradeMixes(f.fromYear(), f.toYear(), f.categoryArray(), f.source().code(), f.basis().code()));
    }

    /** The units of {@code fiscalYear} (filter's categories and source) that need attention, most reasons first. */
    public List<WatchListEntry> watchList(OverviewFilter f, int fiscalYear) {
        return jdbi.withExtension(OverviewQueries.class,
                q -> q.watchList(fiscalYear, f.categoryArray(), f.source().code()));
    }

    /** Everything the overview page shows, read in one go. */
    public Overview overview(OverviewFilter f, int selectedYear) {
        return jdbi.withExtension(OverviewQueries.class, q -> {
            String[] cats = f.categoryArray();
            String src = f.source().code();
            List<YearAggregate> years = q.yearAggregates(f.fromYear(), f.toYear(), cats, src, f.basis().code());
            Optional<YearAggregate> selected = years.stream().filter(y -> y.fiscalYear() == selectedYear).findFirst();
            if (selected.isEmpty() && !f.contains(selectedYear)) {
                selected = q.yearAggregates(selectedYear, selectedYear, cats, src, f.basis().code()).stream().findFirst();
            }
            return new Overview(f, selectedYear, years,
                    q.scoreDistributions(f.fromYear(), f.toYear(), cats, src, f.basis().code()),
                    q.gradeMixes(f.fromYear(), f.toYear(), cats, src, f.basis().code()),
                    selected.orElse(null),
                    q.watchList(selectedYear, cats, src),
                    q.findingCounts(selectedYear, selectedYear, cats, src).stream().findFirst().orElse(null));
        });
    }
}
