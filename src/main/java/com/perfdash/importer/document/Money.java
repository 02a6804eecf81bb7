package com.perfdash.importer.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount as running text writes it — {@code 516.66 万元}, {@code 5,166,600 元}, {@code 1.2 亿元},
 * {@code 9 万} — in 万元 on BigDecimal. Expects normalized text ({@link TextNormalizer}).
 */
record Money(BigDecimal wan, String unit, int start, int end) {

    /** A number with optional thousands separators and decimals, then an optional unit. */
    static final String AMOUNT = "(-?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|-?\\d+(?:\\.\\d+)?)\\s*(亿元|万元|元|万)?";
    private static final Pattern AT_START = Pattern.compile("^\\s*" + AMOUNT);

    /** The amount that starts {@code text} at {@code from} (spaces allowed before it). */
    static Optional<Money> at(String text, int from) {
        Matcher m = AT_START.matcher(text).region(from, text.length());
        m.useAnchoringBounds(true);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        return Optional.of(of(m.group(1), m.group(2), m.start(1), m.end()));
    }

    static Money of(String number, String unit, int start, int end) {
        BigDecimal n = new BigDecimal(number.replace(",", ""));
        String u = unit == null ? "" : unit;
        BigDecimal wan = switch (u) {
            case "亿元" -> n.multiply(BigDecimal.valueOf(10_000));
            case "元" -> n.divide(BigDecimal.valueOf(10_000), Math.max(n.scale() + 4, 4), RoundingMode.UNNECESSARY);
            default -> n;
        };
        return new Money(wan, u, start, end);
    }

    /** The data format's notation: plain, no trailing zeros ({@code 38.1}, {@code 0}, {@code 9}). */
    String value() {
        BigDecimal v = wan.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString();
    }

    boolean unitStated() {
        return !unit.isEmpty();
    }
}
