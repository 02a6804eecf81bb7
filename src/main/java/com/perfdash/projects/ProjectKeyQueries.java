package com.perfdash.projects;

import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Keeps the table {@code project_name_key} (V007) complete; SQL in {@code com/perfdash/projects/ProjectKeyQueries/}. */
@UseClasspathSqlLocator
public interface ProjectKeyQueries {

    /** @return how many names were added */
    @SqlUpdate
    int addMissingKeys();

    /** @return how many keys of names no longer loaded were removed */
    @SqlUpdate
    int removeUnusedKeys();
}
