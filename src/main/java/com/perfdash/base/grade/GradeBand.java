package com.perfdash.base.grade;

import java.math.BigDecimal;

/**
 * One 等级 band, a row of the table macro {@code grade_band} (db/views/03_report_metrics.sql): the scores
 * from {@code lowerBound} (included; null: no lower end) up to {@code upperBound} (excluded; null: no
 * upper end), points.
 *
 * @param rank     1 for the best band (优), upwards
 * @param grade    优, 良, 中 or 差
 * @param gradeKey the stable name the pages key a band's colour and label by: excellent, good, fair, poor
 */
public record GradeBand(int rank, String grade, String gradeKey, BigDecimal lowerBound, BigDecimal upperBound) {

    public static final String EXCELLENT = "excellent";
    public static final String GOOD = "good";
    public static final String FAIR = "fair";
    public static final String POOR = "poor";

    public GradeBand {
        lowerBound = plain(lowerBound);
        upperBound = plain(upperBound);
    }

    /** The lower bound, or {@code otherwise} (a chart's axis minimum) for the band without one. */
    public Number lowerOr(double otherwise) {
        return lowerBound == null ? (Number) otherwise : lowerBound;
    }

    /** The upper bound, or {@code otherwise} (a chart's axis maximum) for the band without one. */
    public Number upperOr(double otherwise) {
        return upperBound == null ? (Number) otherwise : upperBound;
    }

    /** 90.00 as 90, 59.50 as 59.5: the bound without the column's trailing zeros, never in E notation. */
    private static BigDecimal plain(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
