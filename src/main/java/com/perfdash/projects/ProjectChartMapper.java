package com.perfdash.projects;

import com.perfdash.base.chart.YearSlots;

import com.perfdash.base.chart.ChartBuilder;
import com.perfdash.base.chart.ChartOptions;
import com.perfdash.base.chart.ValueFormat;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * One project over the years: its listed budget and actual spending as columns in 万元 and, when it has
 * an evaluation table in some year, that table's total score as a line on a points axis. Years between
 * the first and the last without the project are gaps. Pure: no Vaadin, no database.
 */
public final class ProjectChartMapper {

    private ProjectChartMapper() {
    }

    /** @param text translates a message key (a view passes {@code this::getTranslation}) */
    public static ChartOptions toOptions(ProjectHistory project, Function<String, String> text, Locale locale) {
        YearSlots<ProjectYear> slots = YearSlots.of(project.years(), ProjectYear::fiscalYear);
        List<String> years = slots.labels();
        List<BigDecimal> budget = slots.series(ProjectYear::budget);
        List<BigDecimal> actual = slots.series(ProjectYear::actual);
        List<BigDecimal> score = slots.series(ProjectYear::tableScore);
        ChartBuilder b = ChartBuilder.create(locale)
                .title(text.apply("project.chart.title"))
                .fileName(project.displayName(), project.unitName())
                .categories(years, text.apply("chart.category.year"))
                .axis(text.apply("axis.wanYuan"), ValueFormat.WAN_YUAN)
                .column(text.apply("project.budget"), budget)
                .column(text.apply("project.actual"), actual);
        if (score.stream().anyMatch(Objects::nonNull)) {
            b.axis(text.apply("project.axis.score"), ValueFormat.POINTS).line(text.apply("project.tableScore"), score);
        }
        return b.build();
    }
}
