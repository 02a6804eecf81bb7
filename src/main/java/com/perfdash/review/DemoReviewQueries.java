package com.perfdash.review;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** What the demo review state ({@link DemoReviewState}) reads; SQL in {@code com/perfdash/review/DemoReviewQueries/*.sql}. */
@UseClasspathSqlLocator
public interface DemoReviewQueries {

    /** The demo district's reports as loaded: active versions from the data set {@code dataSet} of generated (demo) provenance. */
    @SqlQuery
    @RegisterConstructorMapper(DemoReviewPlan.Report.class)
    List<DemoReviewPlan.Report> demoReports(@Bind("dataSet") String dataSet);

    /** How many review rows (dispositions, corrections, review events) name a unit of the data set {@code dataSet}. */
    @SqlQuery
    int reviewRowsOfUnits(@Bind("dataSet") String dataSet);
}
