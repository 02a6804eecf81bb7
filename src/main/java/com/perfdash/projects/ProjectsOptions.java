package com.perfdash.projects;

import java.util.List;

/** What can be chosen on the projects page: the loaded fiscal years (oldest first) and unit categories. */
public record ProjectsOptions(List<Integer> years, List<String> categories) {

    public ProjectsOptions {
        years = List.copyOf(years);
        categories = List.copyOf(categories);
    }

    public boolean isEmpty() {
        return years.isEmpty();
    }
}
