/**
 * Where project money went: project funding per fiscal year and unit category, the year's largest
 * projects, the biggest rises and falls against the year before, the projects that started or ended,
 * and one project's own history. A unit's projects are linked from year to year by
 * the key of their name (the DuckDB macro {@code project_key}, db/views/06_project_key.sql, the one
 * definition every page and rule uses); the view {@code project_years} and the macro {@code project_changes}
 * (db/views/07_projects.sql) hold the definitions.
 */
package com.perfdash.projects;
