package com.perfdash.projects;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Service;

/** Where project money went: funding per year and category, the year's projects against last year, one project over years. */
@Service
public class ProjectsService {

    /** How many projects each list of the projects page holds. */
    public static final int LIST_SIZE = 20;

    private final Jdbi jdbi;

    public ProjectsService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public ProjectsOptions options() {
        return jdbi.withExtension(ProjectsQueries.class, q -> new ProjectsOptions(q.years(), q.categories()));
    }

    public ProjectsOverview overview(ProjectsFilter filter) {
        String category = filter.category() == null ? "" : filter.category();
        return jdbi.withExtension(ProjectsQueries.class, q -> {
            List<ProjectChange> top = new ArrayList<>();
            List<ProjectChange> risers = new ArrayList<>();
            List<ProjectChange> fallers = new ArrayList<>();
            List<ProjectChange> started = new ArrayList<>();
            List<ProjectChange> ended = new ArrayList<>();
            String basis = filter.basis().code();
            for (ListedChange c : q.changeLists(filter.year(), category, basis, LIST_SIZE)) {
                switch (c.list()) {
                    case "top" -> top.add(c.change());
                    case "risers" -> risers.add(c.change());
                    case "fallers" -> fallers.add(c.change());
                    case "started" -> started.add(c.change());
                    case "ended" -> ended.add(c.change());
                    default -> throw new IllegalStateException("Unknown project list " + c.list());
                }
            }
            return new ProjectsOverview(filter, q.fundingByCategory(category, basis), q.changeSummary(filter.year(), category, basis),
                    top, risers, fallers, started, ended);
        });
    }

    /**
     * The project of {@code unitCode} whose key is the key of {@code projectKey} (a key, an older one or a
     * name as written), year by year; empty when none has it.
     */
    public Optional<ProjectHistory> project(String unitCode, String projectKey) {
        List<ProjectYear> years = jdbi.withExtension(ProjectsQueries.class, q -> q.projectYears(unitCode, projectKey));
        if (years.isEmpty()) {
            return Optional.empty();
        }
        ProjectYear first = years.get(0);
        return Optional.of(new ProjectHistory(first.unitCode(), first.unitName(), first.category(), first.projectKey(), years));
    }
}
