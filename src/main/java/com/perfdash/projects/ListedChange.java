package com.perfdash.projects;

import org.jdbi.v3.core.mapper.Nested;

/** A {@link ProjectChange} as a row of one of the year's lists (top, risers, fallers, started, ended). */
public record ListedChange(String list, int position, @Nested ProjectChange change) {
}
