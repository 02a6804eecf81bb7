package com.perfdash.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an import does to one project table of a report: adds it, replaces the loaded one (its figures
 * or its file differ), leaves it as it was, or removes it (a whole report imported again without it).
 *
 * @param before the loaded table, or null when the import adds it
 * @param after  the table the import would load, or null when it removes it
 */
public record TableChange(ProjectTableFigures before, ProjectTableFigures after) {

    public enum Kind { ADDED, REPLACED, UNCHANGED, REMOVED }

    public Kind kind() {
        if (before == null) {
            return Kind.ADDED;
        }
        if (after == null) {
            return Kind.REMOVED;
        }
        boolean same = Objects.equals(before.sourceFile(), after.sourceFile()) && same(before.fullYearBudget(), after.fullYearBudget())
                && same(before.executed(), after.executed()) && same(before.totalScore(), after.totalScore());
        return same ? Kind.UNCHANGED : Kind.REPLACED;
    }

    public boolean changed() {
        return kind() != Kind.UNCHANGED;
    }

    /** 全年预算数 and 全年执行数 of the 合计 row and the total score, before and after (null where there is no table). */
    public List<FigureChange> figures() {
        return List.of(
                new FigureChange(KeyFigure.FULL_YEAR_BUDGET, before == null ? null : before.fullYearBudget(), after == null ? null : after.fullYearBudget()),
                new FigureChange(KeyFigure.EXECUTED, before == null ? null : before.executed(), after == null ? null : after.executed()),
                new FigureChange(KeyFigure.TOTAL_SCORE, before == null ? null : before.totalScore(), after == null ? null : after.totalScore()));
    }

    /** The project as the table names it (after the import where it stays). */
    public String project() {
        return (after != null ? after : before).project();
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /**
     * The tables of one report before and after, matched by their project's key (a table without a
     * project by its number), in the order the report will show them, then those it removes.
     */
    public static List<TableChange> between(List<ProjectTableFigures> before, List<ProjectTableFigures> after) {
        Map<String, ProjectTableFigures> loaded = new LinkedHashMap<>();
        before.forEach(t -> loaded.putIfAbsent(key(t), t));
        List<TableChange> changes = new ArrayList<>();
        for (ProjectTableFigures t : after) {
            changes.add(new TableChange(loaded.remove(key(t)), t));
        }
        loaded.values().forEach(t -> changes.add(new TableChange(t, null)));
        return changes;
    }

    private static String key(ProjectTableFigures t) {
        return t.projectKey() == null || t.projectKey().isEmpty() ? "#" + t.tableNo() : t.projectKey();
    }
}
