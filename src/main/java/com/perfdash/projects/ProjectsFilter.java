package com.perfdash.projects;

/**
 * What the projects page shows: the fiscal year of the lists and an optional unit category.
 *
 * @param category a unit category, or null for every category
 */
public record ProjectsFilter(int year, String category) {

    public ProjectsFilter {
        category = category == null || category.isBlank() ? null : category;
    }
}
