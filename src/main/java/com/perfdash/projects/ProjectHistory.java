package com.perfdash.projects;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * One project of one unit across the years: every fiscal year in which the unit's report lists it or
 * attaches its table under the same key (the macro {@code project_key}, db/views/06_project_key.sql).
 */
public record ProjectHistory(String unitCode, String unitName, String category, String projectKey, List<ProjectYear> years) {

    public ProjectHistory {
        years = List.copyOf(years);
    }

    /** Every name the reports use for the project, in the order of the years: why the years are linked. */
    public List<String> namesAsWritten() {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        years.forEach(y -> names.addAll(y.namesAsWritten()));
        return List.copyOf(names);
    }

    /** The name to show: the latest year's first name as written. */
    public String displayName() {
        for (int i = years.size() - 1; i >= 0; i--) {
            List<String> names = years.get(i).namesAsWritten();
            if (!names.isEmpty()) {
                return names.get(0);
            }
        }
        return projectKey;
    }
}
