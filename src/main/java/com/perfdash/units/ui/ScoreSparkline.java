package com.perfdash.units.ui;

import com.perfdash.units.YearScore;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A unit's total score by year as a tiny line (an SVG path) for a row of the units list: built on the
 * server from the scores the row already holds, so thousands of rows cost no chart component each.
 * Years run left to right from the first to the last reported; a year without a score breaks the line.
 * The vertical scale is the same for every row — 60 to 100 points, widened only by scores outside it —
 * so two rows' lines can be compared by eye. Pure: no Vaadin.
 *
 * @param path  SVG path data ("" when there is no score); a lone point is a zero-length segment, drawn
 *              as a dot with round line caps
 * @param lastX x of the latest score, or null
 * @param lastY y of the latest score, or null
 * @param title the scores as text, for the tooltip and screen readers: "2018: 92 · 2019: 97.8"
 */
public record ScoreSparkline(String path, Double lastX, Double lastY, String title) {

    public static final int WIDTH = 80;
    public static final int HEIGHT = 22;
    private static final double PAD = 3;
    private static final double LOW = 60;
    private static final double HIGH = 100;

    public static ScoreSparkline of(List<YearScore> scores) {
        Map<Integer, BigDecimal> byYear = new TreeMap<>();
        scores.stream().filter(s -> s.totalScore() != null).forEach(s -> byYear.put(s.fiscalYear(), s.totalScore()));
        String title = scores.stream().map(s -> s.fiscalYear() + ": " + points(s.totalScore()))
                .collect(Collectors.joining(" · "));
        if (byYear.isEmpty()) {
            return new ScoreSparkline("", null, null, title);
        }
        int first = scores.stream().mapToInt(YearScore::fiscalYear).min().orElseThrow();
        int last = scores.stream().mapToInt(YearScore::fiscalYear).max().orElseThrow();
        double low = Math.min(LOW, byYear.values().stream().mapToDouble(BigDecimal::doubleValue).min().orElseThrow());
        double high = Math.max(HIGH, byYear.values().stream().mapToDouble(BigDecimal::doubleValue).max().orElseThrow());
        StringBuilder d = new StringBuilder();
        boolean drawing = false;
        double x = 0;
        double y = 0;
        for (int year = first; year <= last; year++) {
            BigDecimal score = byYear.get(year);
            if (score == null) {
                if (drawing) {
                    d.append(" l0 0");
                }
                drawing = false;
                continue;
            }
            x = first == last ? WIDTH / 2.0 : PAD + (WIDTH - 2 * PAD) * (year - first) / (last - first);
            y = PAD + (HEIGHT - 2 * PAD) * (high - score.doubleValue()) / (high - low);
            d.append(d.isEmpty() ? "" : " ").append(drawing ? "L" : "M").append(coord(x)).append(' ').append(coord(y));
            drawing = true;
        }
        d.append(" l0 0");
        return new ScoreSparkline(d.toString(), x, y, title);
    }

    private static String coord(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String points(BigDecimal score) {
        return Objects.isNull(score) ? "—" : score.stripTrailingZeros().toPlainString();
    }
}
