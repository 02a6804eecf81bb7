package com.perfdash.base.grade;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The rows of {@code grade_band}; SQL in {@code com/perfdash/base/grade/GradeBandQueries/*.sql}. */
@UseClasspathSqlLocator
public interface GradeBandQueries {

    @SqlQuery
    @RegisterConstructorMapper(GradeBand.class)
    List<GradeBand> gradeBands();
}
