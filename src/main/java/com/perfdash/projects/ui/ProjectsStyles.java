package com.perfdash.projects.ui;

/** The project pages' own styles: a static style sheet, so adding it needs no frontend build. */
final class ProjectsStyles {

    static final String SHEET = "context://styles/projects.css";

    private ProjectsStyles() {
    }
}
