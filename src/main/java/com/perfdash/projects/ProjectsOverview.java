package com.perfdash.projects;

import java.util.List;

/**
 * The projects page for one {@link ProjectsFilter}: project funding per year and category (every
 * year, the filter's categories, for the chart), and the year's lists against the year before, each at
 * most {@link ProjectsService#LIST_SIZE} long.
 */
public record ProjectsOverview(ProjectsFilter filter, List<CategoryFunding> funding, ChangeSummary summary,
                               List<ProjectChange> top, List<ProjectChange> risers, List<ProjectChange> fallers,
                               List<ProjectChange> started, List<ProjectChange> ended) {

    public ProjectsOverview {
        funding = List.copyOf(funding);
        top = List.copyOf(top);
        risers = List.copyOf(risers);
        fallers = List.copyOf(fallers);
        started = List.copyOf(started);
        ended = List.copyOf(ended);
    }
}
