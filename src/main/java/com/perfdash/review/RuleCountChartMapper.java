package com.perfdash.review;

import com.perfdash.base.chart.YearSlots;

import com.perfdash.base.chart.ChartBuilder;
import com.perfdash.base.chart.ChartOptions;
import com.perfdash.base.chart.ValueFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Findings per rule and fiscal year to stacked columns: one column per year, one stacked series per
 * rule that has findings, in catalogue order. Pure: no Vaadin, no database.
 */
public final class RuleCountChartMapper {

    /** A colour per rule group, so that the stack reads by family: sums blue, funds green, … */
    private static final Map<RuleGroup, List<String>> GROUP_SHADES = Map.of(
            RuleGroup.SUMS, List.of("#1f5fbf", "#4a7fd0", "#7aa2e0", "#163f80", "#a9c2ec", "#2b6ad6", "#5b8ee0", "#0f2e60"),
            RuleGroup.FUNDS, List.of("#2e9d6a", "#5cb98e", "#1d6b48", "#8fd3b2"),
            RuleGroup.SCORING, List.of("#e8891c", "#f0a955", "#b56511", "#f6c991", "#d4760f", "#fbdcb6"),
            RuleGroup.ATTAINMENT, List.of("#7b4fb3", "#9c78c8", "#56347f", "#c0a7e0"),
            RuleGroup.PLAUSIBILITY, List.of("#d64545", "#e27575", "#9e2c2c", "#eea3a3"),
            RuleGroup.UNITS, List.of("#1b9aaa"));

    private RuleCountChartMapper() {
    }

    /**
     * The chart's data.
     *
     * @param years  one category per fiscal year from the first to the last loaded year
     * @param series per rule with findings: its counts per year; 0 for a loaded year without findings,
     *               null for a year without any report (a gap, not a 0)
     */
    public record RuleYearSeries(List<String> years, Map<ReviewRule, List<Integer>> series) {
    }

    /** @param loadedYears the fiscal years that have reports */
    public static RuleYearSeries toSeries(List<RuleYearCount> counts, List<Integer> loadedYears) {
        Set<Integer> loaded = new TreeSet<>(loadedYears);
        counts.forEach(c -> loaded.add(c.fiscalYear()));
        YearSlots<Integer> years = YearSlots.spanning(loaded);
        Map<ReviewRule, List<Integer>> series = new LinkedHashMap<>();
        Arrays.stream(ReviewRule.values())
                .filter(rule -> counts.stream().anyMatch(c -> c.rule() == rule && c.findings() > 0))
                .forEach(rule -> series.put(rule, years.series(y -> countOf(counts, rule, y))));
        return new RuleYearSeries(years.labels(), series);
    }

    /**
     * The chart's options with the house defaults; series are named by the rule's title in the UI
     * language.
     *
     * @param text translates a message key (a view passes {@code this::getTranslation})
     */
    public static ChartOptions toOptions(List<RuleYearCount> counts, List<Integer> loadedYears,
                                         Function<String, String> text, Locale locale) {
        RuleYearSeries s = toSeries(counts, loadedYears);
        ChartBuilder chart = ChartBuilder.create(locale)
                .title(text.apply("review.chart.title"))
                .fileName(text.apply("review.chart.file"))
                .categories(s.years(), text.apply("chart.category.year"))
                .axis(text.apply("review.chart.axis"), ValueFormat.INTEGER)
                .stacked();
        List<String> colors = new ArrayList<>();
        Map<RuleGroup, Integer> used = new LinkedHashMap<>();
        s.series().forEach((rule, values) -> {
            chart.column(rule.title(locale), values);
            List<String> shades = GROUP_SHADES.get(rule.group());
            int i = used.merge(rule.group(), 1, Integer::sum) - 1;
            colors.add(shades.get(i % shades.size()));
        });
        if (s.series().isEmpty()) {
            // nothing found: an empty series keeps the chart valid; the component shows its empty sentence
            chart.column(text.apply("review.chart.axis"), s.years().stream().map(y -> (Integer) null).toList());
            return chart.build();
        }
        return chart.colors(colors).build();
    }

    private static int countOf(List<RuleYearCount> counts, ReviewRule rule, int year) {
        return counts.stream().filter(c -> c.rule() == rule && c.fiscalYear() == year)
                .mapToInt(RuleYearCount::findings).sum();
    }
}
