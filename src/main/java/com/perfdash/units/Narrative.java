package com.perfdash.units;

import java.util.List;

/**
 * The report's texts by section, each in report order: 职能 (one entry per numbered duty),
 * 整体支出绩效情况, 项目支出绩效情况, 存在的问题及改进措施, 其他需要说明的情况.
 */
public record Narrative(List<String> duties, List<String> performance, List<String> projectPerformance,
                        List<String> problems, List<String> other) {

    public Narrative {
        duties = List.copyOf(duties);
        performance = List.copyOf(performance);
        projectPerformance = List.copyOf(projectPerformance);
        problems = List.copyOf(problems);
        other = List.copyOf(other);
    }

    static Narrative of(List<NarrativeText> texts) {
        return new Narrative(section(texts, "duty"), section(texts, "performance"), section(texts, "project_performance"),
                section(texts, "problems"), section(texts, "other"));
    }

    private static List<String> section(List<NarrativeText> texts, String section) {
        return texts.stream().filter(t -> t.section().equals(section)).map(NarrativeText::body).toList();
    }
}
