package com.perfdash.compare;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The comparison's queries; SQL in {@code com/perfdash/compare/CompareQueries/*.sql}. They read the
 * view {@code unit_metric_values} and the table macro {@code metric_ranking} of migration V007: the
 * metric is a bound value ({@link CompareMetric#code()}), never SQL text, and no metric is computed here.
 * {@code category} is a unit category, {@code ''} for every category.
 */
@UseClasspathSqlLocator
public interface CompareQueries {

    @SqlQuery
    @RegisterConstructorMapper(RankingRow.class)
    List<RankingRow> ranking(@Bind("metric") String metric, @Bind("year") int year, @Bind("category") String category);

    @SqlQuery
    @RegisterConstructorMapper(UnitYearValue.class)
    List<UnitYearValue> values(@Bind("metric") String metric, @Bind("fromYear") int fromYear, @Bind("toYear") int toYear,
                               @Bind("units") String[] units);

    @SqlQuery
    @RegisterConstructorMapper(UnitRef.class)
    List<UnitRef> units(@Bind("units") String[] units);

    @SqlQuery
    List<Integer> years();

    @SqlQuery
    List<String> categories();
}
