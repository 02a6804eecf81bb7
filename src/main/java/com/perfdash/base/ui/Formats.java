package com.perfdash.base.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * How numbers read in tables and cards, the same in Chinese and English. Money is always 万元 with two
 * decimals; the unit goes into the column header or label (金额（万元）), not into each cell. A missing
 * value (null) reads "—", never 0.
 */
public final class Formats {

    /** What a missing value reads. */
    public static final String MISSING = "—";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Formats() {
    }

    /** 万元 with two decimals: 1234.5 → "1,234.50". */
    public static String money(BigDecimal wanYuan) {
        return format("#,##0.00", wanYuan);
    }

    /**
     * A figure exactly as stored, for an audit line or a reason: two to four decimals, no grouping —
     * 580.9200 → "580.92", 89.974 → "89.974", 38.1 → "38.10". Tables keep {@link #money}.
     */
    public static String exact(BigDecimal value) {
        return format("0.00##", value);
    }

    /** A percent value (95 = 95 %) with one decimal: 95 → "95.0%". */
    public static String percent(BigDecimal percentValue) {
        return percentValue == null ? MISSING : format("#,##0.0", percentValue) + "%";
    }

    /** A percent value with two decimals, where a band edge matters: 79.99 → "79.99%" (not "80.0%"). */
    public static String percentExact(BigDecimal percentValue) {
        return percentValue == null ? MISSING : format("#,##0.00", percentValue) + "%";
    }

    /** A fraction as a percent with one decimal: 0.9504 → "95.0%" (the metrics store rates as fractions). */
    public static String percentOfFraction(BigDecimal fraction) {
        return fraction == null ? MISSING : percent(fraction.multiply(HUNDRED));
    }

    /** Points of a score, up to two decimals: 92 → "92", 4.5 → "4.5". */
    public static String points(BigDecimal points) {
        return format("#,##0.##", points);
    }

    /** A count: 1234 → "1,234". */
    public static String integer(long count) {
        return format("#,##0", BigDecimal.valueOf(count));
    }

    /** A moment as every page shows it: 2026-12-03 07:42; {@link #MISSING} for none. */
    public static String dateTime(TemporalAccessor at) {
        return at == null ? MISSING : DATE_TIME.format(at);
    }

    private static String format(String pattern, BigDecimal value) {
        if (value == null) {
            return MISSING;
        }
        // DecimalFormat is not thread-safe, and cheap enough to make per call
        DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(value);
    }
}
