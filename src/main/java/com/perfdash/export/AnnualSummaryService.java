package com.perfdash.export;

import com.perfdash.compare.CompareMetric;
import com.perfdash.compare.CompareService;
import com.perfdash.compare.RankingRow;
import com.perfdash.base.ui.MeasureKind;
import com.perfdash.base.unit.UnitRef;
import com.perfdash.overview.Overview;
import com.perfdash.overview.OverviewFilter;
import com.perfdash.overview.OverviewOptions;
import com.perfdash.overview.OverviewService;
import com.perfdash.overview.SourceFilter;
import com.perfdash.overview.WatchListEntry;
import com.perfdash.overview.YearAggregate;
import com.perfdash.review.Basis;
import com.perfdash.units.UnitFilter;
import com.perfdash.units.UnitOverview;
import com.perfdash.units.UnitYear;
import com.perfdash.units.UnitsService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Gathers an annual summary (年度总结) through the features' own services, so that every figure in the
 * document is the figure the pages show: key figures against last year (overview's {@code year_metrics}
 * or the unit's {@code report_metrics}), the trends of up to ten years, the ranking by total score with
 * the execution rate ({@code metric_ranking}), the watch list, and the review findings
 * ({@link ReviewSummarySource}). Every report source counts (real and demo), as on the overview by default.
 */
@Service
public class AnnualSummaryService {

    /** The most units a district or category ranking lists; the document says how many there are. */
    public static final int MAX_RANKING = 50;
    /** Years of trend the charts show, up to and including the summary's year. */
    public static final int TREND_YEARS = 10;

    private final OverviewService overviews;
    private final CompareService compare;
    private final UnitsService units;
    private final ReviewSummarySource review;

    public AnnualSummaryService(OverviewService overviews, CompareService compare, UnitsService units,
                                ReviewSummarySource review) {
        this.overviews = overviews;
        this.compare = compare;
        this.units = units;
        this.review = review;
    }

    /** The years, categories and first unit to choose from. */
    public SummaryOptions options() {
        OverviewOptions o = overviews.options();
        List<UnitRef> first = units.unitRefs(UnitFilter.ALL, 0, 1);
        return new SummaryOptions(o.years(), o.categories(), first.isEmpty() ? null : first.get(0));
    }

    /** The summary as stated (自评（原文）) of {@code fiscalYear} for {@code scope}; empty for an unknown unit. */
    public Optional<AnnualSummary> summary(int fiscalYear, SummaryScope scope) {
        return summary(fiscalYear, scope, Basis.STATED);
    }

    /**
     * The summary of {@code fiscalYear} for {@code scope} under {@code basis}; empty for an unknown unit.
     * Under 复核后 the ranking is by reviewed scores and says which reports are not reviewed yet.
     */
    public Optional<AnnualSummary> summary(int fiscalYear, SummaryScope scope, Basis basis) {
        OverviewOptions options = overviews.options();
        int from = fromYear(options, fiscalYear);
        if (scope.kind() == SummaryScope.Kind.UNIT) {
            return units.unit(scope.unitCode(), basis).map(u -> {
                List<RankingRow> score = compare.ranking(CompareMetric.TOTAL_SCORE, fiscalYear, u.unit().category(), basis);
                List<RankingRow> rate = compare.ranking(CompareMetric.EXECUTION_RATE, fiscalYear, u.unit().category(), basis);
                List<WatchListEntry> watch = overviews.watchList(filter(from, fiscalYear, u.unit().category(), basis), fiscalYear);
                return unitSummary(fiscalYear, from, u, score, rate, watch, review.summary(fiscalYear, scope), basis);
            });
        }
        String category = scope.category();
        OverviewFilter filter = filter(from, fiscalYear, category, basis);
        Overview overview = overviews.overview(filter, fiscalYear);
        YearAggregate previous = overviews.yearAggregate(filter, fiscalYear - 1).orElse(null);
        List<RankingRow> score = compare.ranking(CompareMetric.TOTAL_SCORE, fiscalYear, category, basis);
        List<RankingRow> rate = compare.ranking(CompareMetric.EXECUTION_RATE, fiscalYear, category, basis);
        List<RankingLine> lines = lines(score, rate);
        return Optional.of(new AnnualSummary(fiscalYear, scope, category, from,
                overview.selected() == null ? 0 : overview.selected().reports(),
                keyFigures(overview.selected(), previous), overview, null,
                lines.stream().limit(MAX_RANKING).toList(), ranked(score), overview.watchList(),
                review.summary(fiscalYear, scope), basis));
    }

    /**
     * One summary per unit that reported in {@code fiscalYear}, by category and name, for the batch
     * document of the annual meeting. The rankings and the watch list are read once for all units.
     */
    public List<AnnualSummary> unitSummaries(int fiscalYear) {
        return unitSummaries(fiscalYear, Basis.STATED);
    }

    /** As {@link #unitSummaries(int)}, the rankings under {@code basis}. */
    public List<AnnualSummary> unitSummaries(int fiscalYear, Basis basis) {
        OverviewOptions options = overviews.options();
        int from = fromYear(options, fiscalYear);
        List<RankingRow> everyUnit = compare.ranking(CompareMetric.TOTAL_SCORE, fiscalYear, null, basis);
        Set<String> categories = everyUnit.stream().map(RankingRow::category).collect(Collectors.toCollection(java.util.TreeSet::new));
        Map<String, List<RankingRow>> scoreBy = new HashMap<>();
        Map<String, List<RankingRow>> rateBy = new HashMap<>();
        for (String c : categories) {
            scoreBy.put(c, compare.ranking(CompareMetric.TOTAL_SCORE, fiscalYear, c, basis));
            rateBy.put(c, compare.ranking(CompareMetric.EXECUTION_RATE, fiscalYear, c, basis));
        }
        List<WatchListEntry> watch = overviews.watchList(filter(from, fiscalYear, null, basis), fiscalYear);
        List<AnnualSummary> out = new ArrayList<>();
        everyUnit.stream()
                .sorted(java.util.Comparator.comparing(RankingRow::category).thenComparing(RankingRow::unitName))
                .forEach(r -> units.unit(r.unitCode(), basis).ifPresent(u -> out.add(unitSummary(fiscalYear, from, u,
                        scoreBy.get(r.category()), rateBy.get(r.category()), watch,
                        review.summary(fiscalYear, SummaryScope.unit(r.unitCode())), basis))));
        return out;
    }

    private static AnnualSummary unitSummary(int year, int from, UnitOverview u, List<RankingRow> score,
                                             List<RankingRow> rate, List<WatchListEntry> watch, ReviewSummary findings,
                                             Basis basis) {
        String code = u.unit().unitCode();
        UnitYear current = yearOf(u, year);
        UnitYear previous = yearOf(u, year - 1);
        List<RankingLine> own = lines(score, rate).stream().filter(l -> l.unitCode().equals(code)).toList();
        return new AnnualSummary(year, SummaryScope.unit(code), u.unit().unitName(), Math.max(from, firstYear(u, from)),
                current == null ? 0 : 1, unitFigures(current, previous), null, u, own, ranked(score),
                watch.stream().filter(w -> w.unitCode().equals(code)).toList(), findings, basis);
    }

    private static int firstYear(UnitOverview u, int from) {
        return u.years().stream().mapToInt(UnitYear::fiscalYear).filter(y -> y >= from).min().orElse(from);
    }

    private static UnitYear yearOf(UnitOverview u, int year) {
        return u.years().stream().filter(y -> y.fiscalYear() == year).findFirst().orElse(null);
    }

    private static int fromYear(OverviewOptions options, int fiscalYear) {
        int earliest = fiscalYear - TREND_YEARS + 1;
        return options.years().stream().filter(y -> y >= earliest && y <= fiscalYear).min(Integer::compare).orElse(fiscalYear);
    }

    private static OverviewFilter filter(int from, int to, String category, Basis basis) {
        return new OverviewFilter(from, to, category == null ? Set.of() : Set.of(category), SourceFilter.ALL, basis);
    }

    private static int ranked(List<RankingRow> rows) {
        return (int) rows.stream().filter(r -> r.rank() != null).count();
    }

    /** The score ranking with each unit's execution rate beside it, in rank order. */
    static List<RankingLine> lines(List<RankingRow> score, List<RankingRow> rate) {
        Map<String, RankingRow> rates = rate.stream().collect(Collectors.toMap(RankingRow::unitCode, Function.identity(), (a, b) -> a));
        return score.stream().map(r -> new RankingLine(r.rank(), r.unitCode(), r.unitName(), r.category(), r.value(),
                r.change(), r.rankChange(), Optional.ofNullable(rates.get(r.unitCode())).map(RankingRow::value).orElse(null),
                r.reviewed())).toList();
    }

    static List<KeyFigure> keyFigures(YearAggregate y, YearAggregate p) {
        if (y == null) {
            return List.of();
        }
        return List.of(
                new KeyFigure("export.figure.reports", MeasureKind.COUNT, BigDecimal.valueOf(y.reports()),
                        p == null ? null : BigDecimal.valueOf(p.reports())),
                new KeyFigure("export.figure.fullYearBudget", MeasureKind.MONEY, y.fullYearBudget(), p == null ? null : p.fullYearBudget()),
                new KeyFigure("export.figure.executed", MeasureKind.MONEY, y.executed(), p == null ? null : p.executed()),
                new KeyFigure("export.figure.executionRate", MeasureKind.RATE, y.executionRate(), p == null ? null : p.executionRate()),
                new KeyFigure("export.figure.basicSpending", MeasureKind.MONEY, y.basicSpending(), p == null ? null : p.basicSpending()),
                new KeyFigure("export.figure.projectSpending", MeasureKind.MONEY, y.projectSpending(), p == null ? null : p.projectSpending()),
                new KeyFigure("export.figure.projectShare", MeasureKind.RATE, y.projectShare(), p == null ? null : p.projectShare()),
                new KeyFigure("export.figure.projectFunding", MeasureKind.MONEY, y.projectFunding(), p == null ? null : p.projectFunding()),
                new KeyFigure("export.figure.medianScore", MeasureKind.POINTS, y.medianScore(), p == null ? null : p.medianScore()),
                new KeyFigure("export.figure.excellent", MeasureKind.COUNT, BigDecimal.valueOf(y.gradeExcellent()),
                        p == null ? null : BigDecimal.valueOf(p.gradeExcellent())));
    }

    static List<KeyFigure> unitFigures(UnitYear y, UnitYear p) {
        if (y == null) {
            return List.of();
        }
        return List.of(
                new KeyFigure("export.figure.fullYearBudget", MeasureKind.MONEY, y.fullYearBudget(), p == null ? null : p.fullYearBudget()),
                new KeyFigure("export.figure.executed", MeasureKind.MONEY, y.executed(), p == null ? null : p.executed()),
                new KeyFigure("export.figure.executionRate", MeasureKind.RATE, KeyFigure.of(y.executionRate()),
                        p == null ? null : KeyFigure.of(p.executionRate())),
                new KeyFigure("export.figure.basicSpending", MeasureKind.MONEY, y.basicSpending(), p == null ? null : p.basicSpending()),
                new KeyFigure("export.figure.projectSpending", MeasureKind.MONEY, y.projectSpending(), p == null ? null : p.projectSpending()),
                new KeyFigure("export.figure.projectFunding", MeasureKind.MONEY, y.projectFunding(), p == null ? null : p.projectFunding()),
                new KeyFigure("export.figure.projectCount", MeasureKind.COUNT, KeyFigure.of(y.projectCount()),
                        p == null ? null : KeyFigure.of(p.projectCount())),
                new KeyFigure("export.figure.totalScore", MeasureKind.POINTS, y.totalScore(), p == null ? null : p.totalScore()));
    }

}
