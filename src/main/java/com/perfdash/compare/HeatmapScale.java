package com.perfdash.compare;

import com.perfdash.base.chart.ChartOptions.ColorRange;
import com.perfdash.base.grade.GradeBands;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The colour bands of the comparison heatmap, so that a colour reads at a glance:
 * <ul>
 * <li>metrics with a judgement have fixed bands from red (bad) to green (good): execution rate below
 * 80 %, 80–90 %, 90–95 %, 95 % and above; total score by grade 差 &lt;60, 中 60–80, 良 80–90, 优 ≥90 (the
 * bands of grade_band, db/views/03_report_metrics.sql, which {@link GradeBands} carries);
 * points lost below 5, 5–10, 10–20, 20 and more;</li>
 * <li>money and shares, where bigger is neither good nor bad, get five shades of blue split at the
 * quintiles of the values shown.</li>
 * </ul>
 * A value on a boundary belongs to the upper band. Missing cells are light grey.
 *
 * <p>ApexCharts compares a missing value (null) as if it were 0, so a cell without data would take the
 * colour of the band holding 0. Therefore no band holds 0 exactly: a real 0 is drawn as
 * {@link #ZERO_STAND_IN} (which every format shows as 0), bands around 0 are cut at ±{@link #ZERO_STAND_IN},
 * and a missing cell, in no band, takes the grey row colour. Pure: no Vaadin, no database.
 */
public final class HeatmapScale {

    /** What a real 0 is drawn as; smaller than any stated figure's last decimal. */
    public static final BigDecimal ZERO_STAND_IN = new BigDecimal("0.000001");
    /** The colour of a cell without data (the rows' colour). */
    public static final String MISSING_COLOR = "#eef0f3";
    /** The outer bounds of the first and last band. */
    static final BigDecimal LOW = new BigDecimal("-1000000000000");
    static final BigDecimal HIGH = new BigDecimal("1000000000000");
    /** A range no value reaches: it only puts "no data" into the legend. */
    static final BigDecimal LEGEND_ONLY = new BigDecimal("-999999999999999");

    static final List<String> BAD_TO_GOOD = List.of("#d64545", "#ef9a3c", "#9fd08f", "#2e9d6a");
    static final List<String> GOOD_TO_BAD = List.of("#2e9d6a", "#9fd08f", "#ef9a3c", "#d64545");
    static final List<String> BLUES = List.of("#d3e3f5", "#9fc2ea", "#6b9edb", "#3a74c2", "#1f4f99");

    private HeatmapScale() {
    }

    /**
     * The legend and colour ranges for a metric's cells.
     *
     * @param values the values drawn, as drawn (percent values for rates and shares); nulls are ignored
     * @param grades the 等级 bands as the database defines them: the total score's bands
     * @param text   translates a message key (band names)
     * @param number formats a threshold of a quantile band in the metric's unit, e.g. "1,234.50"
     */
    public static List<ColorRange> ranges(CompareMetric metric, Collection<BigDecimal> values, GradeBands grades,
                                          Function<String, String> text, Function<BigDecimal, String> number) {
        List<BigDecimal> present = values.stream().filter(Objects::nonNull).toList();
        boolean negatives = present.stream().anyMatch(v -> v.signum() < 0);
        List<Band> bands = switch (metric) {
            case EXECUTION_RATE -> fixed(decimals("80", "90", "95"), BAD_TO_GOOD, text, "compare.band.executionRate.");
            case TOTAL_SCORE -> fixed(grades.thresholds(), BAD_TO_GOOD, text, "compare.band.totalScore.");
            case POINTS_LOST -> fixed(decimals("5", "10", "20"), GOOD_TO_BAD, text, "compare.band.pointsLost.");
            case EXECUTED, FULL_YEAR_BUDGET, PROJECT_SHARE -> quintiles(present, text, number);
        };
        List<ColorRange> ranges = new ArrayList<>();
        ranges.add(new ColorRange(LEGEND_ONLY, LEGEND_ONLY, MISSING_COLOR, text.apply("compare.band.missing")));
        for (Band b : bands) {
            ranges.addAll(b.withoutZero(negatives));
        }
        return ranges;
    }

    /** The value a cell is drawn with: 0 becomes {@link #ZERO_STAND_IN}, everything else stays. */
    public static BigDecimal cell(BigDecimal value) {
        return value != null && value.signum() == 0 ? ZERO_STAND_IN : value;
    }

    private static List<BigDecimal> decimals(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    private static List<Band> fixed(List<BigDecimal> thresholds, List<String> colors, Function<String, String> text, String keyPrefix) {
        if (thresholds.size() + 1 != colors.size()) {
            throw new IllegalArgumentException("Expected " + (colors.size() - 1) + " thresholds, got " + thresholds);
        }
        List<Band> bands = new ArrayList<>();
        BigDecimal from = LOW;
        for (int i = 0; i <= thresholds.size(); i++) {
            BigDecimal to = i < thresholds.size() ? thresholds.get(i) : HIGH;
            bands.add(new Band(from, to, colors.get(i), text.apply(keyPrefix + i)));
            from = to;
        }
        return bands;
    }

    /** Up to five bands split at the quintiles of the distinct values (fewer when values repeat). */
    private static List<Band> quintiles(List<BigDecimal> values, Function<String, String> text, Function<BigDecimal, String> number) {
        List<BigDecimal> sorted = values.stream().sorted().toList();
        TreeSet<BigDecimal> cuts = new TreeSet<>();
        for (int q = 1; q <= 4 && !sorted.isEmpty(); q++) {
            // nearest rank: the value below which q fifths of the values lie
            BigDecimal cut = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size() / 5.0)));
            if (cut.compareTo(sorted.get(0)) > 0) {
                cuts.add(cut.stripTrailingZeros());
            }
        }
        List<BigDecimal> thresholds = new ArrayList<>(cuts);
        List<String> colors = switch (thresholds.size()) {
            case 0 -> List.of(BLUES.get(2));
            case 1 -> List.of(BLUES.get(1), BLUES.get(3));
            case 2 -> List.of(BLUES.get(0), BLUES.get(2), BLUES.get(4));
            case 3 -> List.of(BLUES.get(0), BLUES.get(1), BLUES.get(3), BLUES.get(4));
            default -> BLUES;
        };
        List<Band> bands = new ArrayList<>();
        BigDecimal from = LOW;
        for (int i = 0; i <= thresholds.size(); i++) {
            BigDecimal to = i < thresholds.size() ? thresholds.get(i) : HIGH;
            String name;
            if (thresholds.isEmpty()) {
                name = text.apply("compare.band.all");
            } else if (i == 0) {
                name = "< " + number.apply(to);
            } else if (i == thresholds.size()) {
                name = "≥ " + number.apply(from);
            } else {
                name = number.apply(from) + " – " + number.apply(to);
            }
            bands.add(new Band(from, to, colors.get(i), name));
            from = to;
        }
        return bands;
    }

    private record Band(BigDecimal from, BigDecimal to, String color, String name) {

        /** The band as ranges that leave 0 itself out; the part below 0 only when there are negatives. */
        List<ColorRange> withoutZero(boolean negatives) {
            BigDecimal eps = ZERO_STAND_IN;
            if (from.signum() >= 0 || to.signum() < 0) {
                BigDecimal f = from.signum() == 0 ? eps : from;
                return List.of(new ColorRange(f, to, color, name));
            }
            List<ColorRange> parts = new ArrayList<>();
            if (negatives) {
                parts.add(new ColorRange(from, eps.negate(), color, name + " (< 0)"));
            }
            if (to.signum() > 0) {
                parts.add(new ColorRange(eps, to, color, name));
            }
            return parts;
        }
    }
}
