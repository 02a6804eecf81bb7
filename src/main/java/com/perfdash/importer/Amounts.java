package com.perfdash.importer;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one reading of an amount of 万元 as reports and clerks write it, shared by the CSV bundle and the
 * recognizer: "516.66", "1,234.56" (thousands separators), "516.66万元" or "516.66 万" (the unit written in);
 * "—", "/", "无" and blank state nothing. The text as written is kept beside the value.
 */
public final class Amounts {

    private static final Pattern NUMBER = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");
    private static final Pattern GROUPED = Pattern.compile("[+-]?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]*)?");
    /** What a number cell holds when the report states nothing there. */
    public static final Set<String> NOTHING = Set.of("—", "——", "-", "－", "/", "／", "无", "\\", "…", "……");

    private Amounts() {
    }

    /**
     * An amount read from a text.
     *
     * @param value  the amount in 万元, or null when the text states none (or is not an amount)
     * @param stated the text as written
     * @param ok     false when the text is not an amount (value is then null)
     */
    public record Amount(BigDecimal value, String stated, boolean ok) {

        /** Whether the text was written otherwise than the data format writes it ("1,234.56", "516.66万元"). */
        public boolean rewritten() {
            return value != null && !stated.strip().equals(value.toPlainString());
        }
    }

    /** Reads {@code text} as an amount of 万元. */
    public static Amount parse(String text) {
        String stated = text == null ? "" : text;
        String t = stated.replaceAll("[\\s\\u3000]", "");
        if (t.isEmpty() || NOTHING.contains(t)) {
            return new Amount(null, stated, true);
        }
        for (String unit : new String[] {"万元", "万"}) {
            if (t.endsWith(unit)) {
                t = t.substring(0, t.length() - unit.length());
                break;
            }
        }
        t = t.replace('，', ',');
        if (GROUPED.matcher(t).matches()) {
            t = t.replace(",", "");
        }
        if (!NUMBER.matcher(t).matches()) {
            return new Amount(null, stated, false);
        }
        return new Amount(new BigDecimal(t.startsWith("+") ? t.substring(1) : t), stated, true);
    }
}
