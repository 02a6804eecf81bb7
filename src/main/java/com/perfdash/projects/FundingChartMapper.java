package com.perfdash.projects;

import com.perfdash.base.chart.YearSlots;

import com.perfdash.base.chart.ChartBuilder;
import com.perfdash.base.chart.ChartOptions;
import com.perfdash.base.chart.ValueFormat;
import com.perfdash.review.Basis;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Project funding per fiscal year, stacked by unit category, with the year's total as a line. A year
 * inside the range without reports keeps its category with no values (a gap); a category without
 * reports in a year has no value that year. Pure: no Vaadin, no database.
 */
public final class FundingChartMapper {

    private FundingChartMapper() {
    }

    /**
     * @param years      the categories of the chart, e.g. "2019"
     * @param byCategory per unit category (in name order), one value per year, 万元
     * @param total      per year, the sum over the categories, 万元; null for a year without funding stated
     */
    public record FundingSeries(List<String> years, Map<String, List<BigDecimal>> byCategory, List<BigDecimal> total) {
    }

    public static FundingSeries toSeries(List<CategoryFunding> rows) {
        TreeSet<Integer> loaded = new TreeSet<>();
        TreeSet<String> categories = new TreeSet<>();
        rows.forEach(r -> {
            loaded.add(r.fiscalYear());
            categories.add(r.category());
        });
        List<String> years = new ArrayList<>();
        Map<String, List<BigDecimal>> byCategory = new LinkedHashMap<>();
        categories.forEach(c -> byCategory.put(c, new ArrayList<>()));
        List<BigDecimal> total = new ArrayList<>();
        for (int year : YearSlots.spanning(loaded).years()) {
            years.add(Integer.toString(year));
            BigDecimal sum = null;
            for (String c : categories) {
                BigDecimal v = value(rows, year, c);
                byCategory.get(c).add(v);
                if (v != null) {
                    sum = sum == null ? v : sum.add(v);
                }
            }
            total.add(sum);
        }
        return new FundingSeries(years, byCategory, total);
    }

    private static BigDecimal value(List<CategoryFunding> rows, int year, String category) {
        return rows.stream().filter(r -> r.fiscalYear() == year && r.category().equals(category))
                .findFirst().map(CategoryFunding::projectFunding).orElse(null);
    }

    /**
     * @param text  translates a message key (a view passes {@code this::getTranslation})
     * @param basis the 口径 of the figures, which the title says
     */
    public static ChartOptions toOptions(List<CategoryFunding> rows, Function<String, String> text, Locale locale, Basis basis) {
        FundingSeries s = toSeries(rows);
        ChartBuilder b = ChartBuilder.create(locale)
                .title(text.apply("projects.funding.title") + basis.shown(text))
                .fileName(text.apply("projects.funding.file"), null)
                .categories(s.years(), text.apply("chart.category.year"))
                .stacked()
                .axis(text.apply("axis.wanYuan"), ValueFormat.WAN_YUAN);
        s.byCategory().forEach(b::column);
        return b.line(text.apply("projects.funding.total"), s.total()).build();
    }
}
