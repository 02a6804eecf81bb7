package com.perfdash.units;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Matches the projects a report's text lists with its project evaluation tables by name. Reports write
 * the same name with different spacing and punctuation (“《荷塘年鉴》编纂发行项目” vs “荷塘年鉴 编纂发行项目”),
 * so names are compared with every space, punctuation mark and symbol removed; nothing else is guessed.
 */
public final class ProjectNames {

    private static final Pattern NOISE = Pattern.compile("[\\s\\p{P}\\p{S}\\u3000]+");

    private ProjectNames() {
    }

    /** The name without spaces, punctuation or symbols, lower case; "" for null. */
    public static String normalise(String name) {
        return name == null ? "" : NOISE.matcher(name).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The number of the first project table whose name matches the project's; null when none does. */
    public static Integer tableFor(String projectName, List<EvalTableInfo> tables) {
        String key = normalise(projectName);
        if (key.isEmpty()) {
            return null;
        }
        return tables.stream()
                .filter(t -> !t.isUnitTable() && key.equals(normalise(t.projectName())))
                .map(EvalTableInfo::tableNo)
                .findFirst().orElse(null);
    }

    /** The first listed project whose name matches the table's. */
    public static ProjectRow projectFor(EvalTableInfo table, List<ProjectRow> projects) {
        String key = normalise(table.projectName());
        if (key.isEmpty()) {
            return null;
        }
        return projects.stream().filter(p -> Objects.equals(key, normalise(p.projectName()))).findFirst().orElse(null);
    }
}
