package com.perfdash.review;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads stored findings; SQL in {@code com/perfdash/review/ReviewQueries/*.sql}. */
@UseClasspathSqlLocator
public interface ReviewQueries {

    @SqlQuery
    @RegisterConstructorMapper(FindingRow.class)
    List<FindingRow> findings(@BindMethods("f") FindingFilter filter, @Bind("offset") int offset, @Bind("limit") int limit);

    @SqlQuery
    int countFindings(@BindMethods("f") FindingFilter filter);

    @SqlQuery
    @RegisterConstructorMapper(RuleYearCountRow.class)
    List<RuleYearCountRow> countsByRuleAndYear(@BindMethods("f") FindingFilter filter);

    @SqlQuery
    @RegisterConstructorMapper(YearCount.class)
    List<YearCount> countsByYear(@BindMethods("f") FindingFilter filter);

    @SqlQuery
    List<Integer> years();

    @SqlQuery
    @RegisterConstructorMapper(ReviewRunInfo.class)
    Optional<ReviewRunInfo> lastRun();
}
