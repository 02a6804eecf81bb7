package com.perfdash.importer;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What an import does to one unit-year: adds it (no {@code before}) or replaces the loaded version,
 * with every key figure before and after.
 *
 * @param before the loaded version's figures, or null when the unit-year is new
 * @param after  the figures the import would load
 * @param tables each project table the report has before or after, and what the import does to it
 */
public record ReportChange(String unitCode, int fiscalYear, String unitName, KeyFigures before, KeyFigures after,
                           List<FigureChange> figures, List<TableChange> tables) {

    public ReportChange {
        figures = List.copyOf(figures);
        tables = List.copyOf(tables);
    }

    /** Compares two versions of a report, figure by figure (a pure mapping, no database). */
    public static ReportChange between(KeyFigures before, KeyFigures after) {
        return between(before, after, List.of(), List.of());
    }

    /** Compares two versions of a report, figure by figure and project table by project table. */
    public static ReportChange between(KeyFigures before, KeyFigures after, List<ProjectTableFigures> tablesBefore,
                                       List<ProjectTableFigures> tablesAfter) {
        List<FigureChange> figures = Arrays.stream(KeyFigure.values())
                .map(f -> new FigureChange(f, f.of(before), f.of(after))).toList();
        return new ReportChange(after.unitCode(), after.fiscalYear(), after.unitName(), before, after, figures,
                TableChange.between(tablesBefore, tablesAfter));
    }

    /** The project tables the import adds, replaces or removes. */
    public List<TableChange> changedTables() {
        return tables.stream().filter(TableChange::changed).toList();
    }

    public boolean isNew() {
        return before == null;
    }

    /** The data set whose version this import supersedes (seed, imports/…), or null when new. */
    public String replacedDataSet() {
        return before == null ? null : before.dataSet();
    }

    public boolean gradeChanged() {
        return before != null && !Objects.equals(before.grade(), after.grade());
    }

    /** Whether any key figure, the grade or a project table differs. */
    public boolean anyChange() {
        return gradeChanged() || figures.stream().anyMatch(FigureChange::changed) || !changedTables().isEmpty();
    }
}
