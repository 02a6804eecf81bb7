package com.perfdash.review;

import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Reads the scoring rule sets and writes each district's choice of one (V021); SQL in {@code com/perfdash/review/RuleSetQueries/*.sql}. */
@UseClasspathSqlLocator
public interface RuleSetQueries {

    @SqlQuery
    @RegisterConstructorMapper(RuleSetRow.class)
    List<RuleSetRow> ruleSets();

    @SqlQuery
    @RegisterConstructorMapper(ExecutionCap.class)
    List<ExecutionCap> caps();

    @SqlQuery
    @RegisterConstructorMapper(DistrictRuleSet.class)
    List<DistrictRuleSet> districts();

    @SqlQuery
    @RegisterConstructorMapper(RuleSetChoice.class)
    List<RuleSetChoice> choices(@Bind("limit") int limit);

    @SqlUpdate
    int insertChoice(@Bind("district") String district, @Bind("ruleSet") String ruleSet, @Bind("by") String by,
                     @Bind("at") LocalDateTime at);
}
