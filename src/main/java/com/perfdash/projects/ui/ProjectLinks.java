package com.perfdash.projects.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Map;

/** Links to a project's own page, and to the unit drill-down pages (by address: they live in another feature). */
final class ProjectLinks {

    private ProjectLinks() {
    }

    /** The project's name, linking to its page; plain text when the name leaves no key to link by. */
    static Component project(String unitCode, String projectKey, String name) {
        if (projectKey == null || projectKey.isEmpty()) {
            return new Span(name);
        }
        return new RouterLink(name, ProjectView.class,
                new RouteParameters(Map.of(ProjectView.UNIT, unitCode, ProjectView.KEY, projectKey)));
    }
}
