package com.perfdash.projects;

import com.perfdash.review.Basis;

/**
 * What the projects page shows: the fiscal year of the lists, an optional unit category and the 口径.
 *
 * @param category a unit category, or null for every category
 * @param basis    口径: the budgets as stated, or with finance's review applied
 */
public record ProjectsFilter(int year, String category, Basis basis) {

    public ProjectsFilter {
        category = category == null || category.isBlank() ? null : category;
        basis = java.util.Objects.requireNonNullElse(basis, Basis.STATED);
    }

    /** The page as stated (自评（原文）). */
    public ProjectsFilter(int year, String category) {
        this(year, category, Basis.STATED);
    }
}
