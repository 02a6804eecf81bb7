package com.perfdash.overview;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The overview's queries; SQL in {@code com/perfdash/overview/OverviewQueries/*.sql}. They only read
 * the metric macros of db/views/04_overview.sql and filter by year: no metric is computed here.
 * {@code categories} is an array of unit categories, empty for every category; {@code source} is
 * {@link SourceFilter#code()}.
 */
@UseClasspathSqlLocator
public interface OverviewQueries {

    @SqlQuery
    @RegisterConstructorMapper(YearAggregate.class)
    List<YearAggregate> yearAggregates(@Bind("fromYear") int fromYear, @Bind("toYear") int toYear,
                                       @Bind("categories") String[] categories, @Bind("source") String source,
            @Bind("basis") String basis);

    @SqlQuery
    @RegisterConstructorMapper(ScoreDistribution.class)
    List<ScoreDistribution> scoreDistributions(@Bind("fromYear") int fromYear, @Bind("toYear") int toYear,
                                               @Bind("categories") String[] categories, @Bind("source") String source,
            @Bind("basis") String basis);

    @SqlQuery
    @RegisterConstructorMapper(GradeMix.class)
    List<GradeMix> gradeMixes(@Bind("fromYear") int fromYear, @Bind("toYear") int toYear,
                              @Bind("categories") String[] categories, @Bind("source") String source,
            @Bind("basis") String basis);

    @SqlQuery
    @RegisterConstructorMapper(WatchListEntry.class)
    List<WatchListEntry> watchList(@Bind("fiscalYear") int fiscalYear,
                                   @Bind("categories") String[] categories, @Bind("source") String source);

    @SqlQuery
    @RegisterConstructorMapper(YearFindings.class)
    List<YearFindings> findingCounts(@Bind("fromYear") int fromYear, @Bind("toYear") int toYear,
                                     @Bind("categories") String[] categories, @Bind("source") String source);

    @SqlQuery
    List<Integer> years();

    @SqlQuery
    List<String> categories();

    @SqlQuery
    List<String> sources();
}
