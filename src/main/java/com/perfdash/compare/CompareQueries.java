package com.perfdash.compare;

import com.perfdash.base.unit.UnitRef;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The comparison's queries; SQL in {@code com/perfdash/compare/CompareQueries/*.sql}. They read the
 * table macros {@code basis_metric_values} and {@code metric_ranking} of db/views/05_compare.sql: the
 * metric and the 口径 ({@code basis}, {@link com.perfdash.review.Basis#code()}) are bound values, never SQL
 * text, and no metric is computed here.
 * {@code category} is a unit category, {@code ''} for every category; {@code pattern} is a search text
 * as {@link com.perfdash.base.db.SearchText} makes it, null for no search.
 */
@UseClasspathSqlLocator
public interface CompareQueries {

    /** {@code orderBy} comes from {@link RankingOrder} only. */
    @SqlQuery
    @RegisterConstructorMapper(RankingRow.class)
    List<RankingRow> ranking(@Bind("metric") String metric, @Bind("year") int year, @Bind("category") String category,
                             @Bind("basis") String basis, @Define("orderBy") String orderBy, @Bind("limit") long limit,
                             @Bind("offset") long offset);

    @SqlQuery
    @RegisterConstructorMapper(RankingCount.class)
    RankingCount rankingCount(@Bind("metric") String metric, @Bind("year") int year, @Bind("category") String category,
                              @Bind("basis") String basis);

    /** A unit the line chart can draw, with how many there are in all for the same search. */
    record UnitChoice(String unitCode, String unitName, String category, int choices) {

        UnitRef unit() {
            return new UnitRef(unitCode, unitName, category);
        }
    }

    @SqlQuery
    @RegisterConstructorMapper(UnitChoice.class)
    List<UnitChoice> rankingUnits(@Bind("metric") String metric, @Bind("year") int year, @Bind("category") String category,
                                  @Bind("basis") String basis, @Bind("chosen") String[] chosen, @Bind("pattern") String pattern,
                                  @Bind("limit") int limit, @Bind("offset") int offset);

    @SqlQuery
    @RegisterConstructorMapper(UnitYearValue.class)
    List<UnitYearValue> values(@Bind("metric") String metric, @Bind("fromYear") int fromYear, @Bind("toYear") int toYear,
                               @Bind("basis") String basis, @Bind("units") String[] units);

    @SqlQuery
    @RegisterConstructorMapper(UnitRef.class)
    List<UnitRef> units(@Bind("units") String[] units);

    @SqlQuery
    List<Integer> years();

    @SqlQuery
    List<String> categories();
}
