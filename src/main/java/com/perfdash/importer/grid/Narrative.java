package com.perfdash.importer.grid;

import com.perfdash.importer.CellRef;
import com.perfdash.importer.ImportIssue;
import java.util.List;
import java.util.Map;

/**
 * What a report's running text says, read from its paragraphs: the report's own fields, its narrative
 * sections and the projects it lists, each with the paragraph it came from. The recognizer combines it
 * with what the tables say into one report.
 *
 * @param reportFields fields keyed by the data format's column names of reports.csv ({@code income_total},
 *                     {@code expenditure_basic}, {@code initial_projects_actual}, {@code income_text}, …)
 *                     plus {@code unit_name}, {@code fiscal_year} and {@code title} when the text states them
 * @param texts        narrative sections in report order
 * @param projects     the projects the text lists, in order
 * @param issues       what could not be read, and notes on how it was read
 */
public record Narrative(Map<String, StatedValue> reportFields, List<Text> texts, List<Project> projects,
                        List<ImportIssue> issues) {

    public static final Narrative EMPTY = new Narrative(Map.of(), List.of(), List.of(), List.of());

    public Narrative {
        reportFields = Map.copyOf(reportFields);
        texts = List.copyOf(texts);
        projects = List.copyOf(projects);
        issues = List.copyOf(issues);
    }

    /**
     * A narrative section (data format report_texts.csv).
     *
     * @param section {@code duty} (one per numbered duty), {@code performance}, {@code project_performance},
     *                {@code problems}, {@code other}
     */
    public record Text(String section, int seq, String body, CellRef source) {
    }

    /**
     * A project the text lists (data format projects.csv); amounts in 万元, null where the text states none.
     *
     * @param kind {@code initial} (年初预算项目) or {@code midyear} (年中追加项目)
     */
    public record Project(int seq, String name, String kind, StatedValue budget, StatedValue actual,
                          StatedValue carryover, String purpose, CellRef source) {
    }
}
