package com.perfdash.projects;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The project queries; SQL in {@code com/perfdash/projects/ProjectsQueries/*.sql}. They read the view
 * {@code project_years} and the table macro {@code project_changes} of db/views/07_projects.sql, and
 * {@code report_metrics.project_funding} (db/views/03_report_metrics.sql). {@code category} is a unit category, {@code ''} for all.
 */
@UseClasspathSqlLocator
public interface ProjectsQueries {

    @SqlQuery
    @RegisterConstructorMapper(CategoryFunding.class)
    List<CategoryFunding> fundingByCategory(@Bind("category") String category, @Bind("basis") String basis);

    @SqlQuery
    @RegisterConstructorMapper(ListedChange.class)
    List<ListedChange> changeLists(@Bind("year") int year, @Bind("category") String category, @Bind("basis") String basis,
                                   @Bind("limit") int limit);

    @SqlQuery
    @RegisterConstructorMapper(ChangeSummary.class)
    ChangeSummary changeSummary(@Bind("year") int year, @Bind("category") String category, @Bind("basis") String basis);

    @SqlQuery
    @RegisterConstructorMapper(ProjectYear.class)
    List<ProjectYear> projectYears(@Bind("unitCode") String unitCode, @Bind("projectKey") String projectKey);

    @SqlQuery
    List<Integer> years();

    @SqlQuery
    List<String> categories();
}
