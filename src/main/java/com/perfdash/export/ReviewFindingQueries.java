package com.perfdash.export;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Counts over the review findings (macro {@code matching_findings}, db/views/08_findings.sql) where the database has them; SQL in
 * {@code com/perfdash/export/ReviewFindingQueries/*.sql}. Reports are read through {@code report_metrics},
 * so a unit user counts the findings of their own unit only. {@code category} and {@code unitCode} are
 * empty strings for "any".
 */
@UseClasspathSqlLocator
public interface ReviewFindingQueries {

    @SqlQuery
    boolean findingsTableExists();

    @SqlQuery
    @RegisterConstructorMapper(ReviewSummary.class)
    ReviewSummary findingCounts(@Bind("fiscalYear") int fiscalYear, @Bind("category") String category,
                                @Bind("unitCode") String unitCode);
}
