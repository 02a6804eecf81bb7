package com.perfdash.review;

import com.perfdash.review.Measure.Comparison;
import com.perfdash.review.Measure.DateSpan;
import com.perfdash.review.Measure.Qualitative;
import com.perfdash.review.Measure.Quantity;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads target and actual texts of indicators. Accepts a whole text only: an optional comparator
 * (≥ ≤ > < =, 不低于, 不超过, 控制在…以内, …以上), a number, and a short unit, possibly with a
 * multiplier (万, 亿, 十万, 百万, 千万, 千元); or a date / date range (2020 年 1 月-12 月, 2020-12-31,
 * 2020 年 12 月底前). Everything else is {@link Qualitative}: a text that says "长期" or is cut off
 * is not turned into a number by guessing. Whitespace, full-width forms and thousands separators
 * are ignored.
 */
public final class MeasureParser {

    private static final String PREFIXES = "大于或等于|大于等于|小于或等于|小于等于|不低于|不少于|不小于|至少|达到|不高于|不超过|不多于|不大于"
            + "|控制在|高于|超过|多于|大于|低于|少于|小于|>=|<=|==|≥|≧|≤|≦|>|<|=|约|为|完成|共";
    private static final Pattern QUANTITY = Pattern.compile(
            "^(" + PREFIXES + ")?([0-9]+(?:\\.[0-9]+)?)(余|多)?([\\p{IsHan}A-Za-z%‰²³]{0,8}?)(及以上|以上|及以下|以下|以内|之内|内|左右)?$");

    private static final Map<String, Comparison> PREFIX_CMP = Map.ofEntries(
            Map.entry("大于或等于", Comparison.AT_LEAST), Map.entry("大于等于", Comparison.AT_LEAST),
            Map.entry("不低于", Comparison.AT_LEAST), Map.entry("不少于", Comparison.AT_LEAST),
            Map.entry("不小于", Comparison.AT_LEAST), Map.entry("至少", Comparison.AT_LEAST),
            Map.entry("达到", Comparison.AT_LEAST), Map.entry(">=", Comparison.AT_LEAST),
            Map.entry("≥", Comparison.AT_LEAST), Map.entry("≧", Comparison.AT_LEAST),
            Map.entry("小于或等于", Comparison.AT_MOST), Map.entry("小于等于", Comparison.AT_MOST),
            Map.entry("不高于", Comparison.AT_MOST), Map.entry("不超过", Comparison.AT_MOST),
            Map.entry("不多于", Comparison.AT_MOST), Map.entry("不大于", Comparison.AT_MOST),
            Map.entry("控制在", Comparison.AT_MOST), Map.entry("<=", Comparison.AT_MOST),
            Map.entry("≤", Comparison.AT_MOST), Map.entry("≦", Comparison.AT_MOST),
            Map.entry("高于", Comparison.MORE_THAN), Map.entry("超过", Comparison.MORE_THAN),
            Map.entry("多于", Comparison.MORE_THAN), Map.entry("大于", Comparison.MORE_THAN),
            Map.entry(">", Comparison.MORE_THAN),
            Map.entry("低于", Comparison.LESS_THAN), Map.entry("少于", Comparison.LESS_THAN),
            Map.entry("小于", Comparison.LESS_THAN), Map.entry("<", Comparison.LESS_THAN));

    private static final Map<String, Comparison> SUFFIX_CMP = Map.of(
            "及以上", Comparison.AT_LEAST, "以上", Comparison.AT_LEAST,
            "及以下", Comparison.AT_MOST, "以下", Comparison.AT_MOST,
            "以内", Comparison.AT_MOST, "之内", Comparison.AT_MOST, "内", Comparison.AT_MOST);

    /** Multipliers a unit may start with, longest first. 千 alone is not one (千克, 千米, 千瓦). */
    private static final List<Map.Entry<String, BigDecimal>> MULTIPLIERS = List.of(
            Map.entry("万亿", new BigDecimal("1000000000000")),
            Map.entry("千万", new BigDecimal("10000000")),
            Map.entry("百万", new BigDecimal("1000000")),
            Map.entry("十万", new BigDecimal("100000")),
            Map.entry("亿", new BigDecimal("100000000")),
            Map.entry("万", new BigDecimal("10000")));

    private static final List<String> PERCENT_UNITS = List.of("%", "百分比", "个百分点", "百分点");

    /** Units that read as a date as well as a quantity ("12 月" = December or twelve months?): not guessed. */
    private static final List<String> AMBIGUOUS_UNITS = List.of("月", "月底", "月末", "月份", "日", "号", "月前", "日前");

    private static final Pattern DATE_CN = Pattern.compile("^(\\d{4})年度?(?:(\\d{1,2})月份?(?:(\\d{1,2})[日号])?)?$");
    private static final Pattern DATE_NUM = Pattern.compile("^(\\d{4})[./\\-](\\d{1,2})(?:[./\\-](\\d{1,2}))?$");
    private static final Pattern TAIL_MONTH = Pattern.compile("^(\\d{1,2})月份?(?:(\\d{1,2})[日号])?$");
    private static final Pattern TAIL_DAY = Pattern.compile("^(\\d{1,2})[日号]$");
    private static final Pattern DATE_PREFIX = Pattern.compile("^(截至|截止到|截止|于|在)");
    private static final Pattern DATE_SUFFIX = Pattern.compile("(底前|末前|之前|以前|前|以内|之内|内|为止|止|底|末|全年)$");
    private static final String RANGE_SEPARATORS = "-—–―~至到";
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}(?!\\d))");
    private static final Pattern CLOSING_PUNCTUATION = Pattern.compile("[。.,，;；:：!！、]+$");

    private MeasureParser() {
    }

    /** Reads one target or actual text; never null. */
    public static Measure parse(String text) {
        String original = text == null ? "" : text;
        String s = normalize(original);
        if (s.isEmpty()) {
            return new Qualitative(original);
        }
        Optional<Measure> date = parseDate(s, original);
        if (date.isPresent()) {
            return date.get();
        }
        return parseQuantity(s, original).<Measure>map(q -> q).orElseGet(() -> new Qualitative(original));
    }

    /** NFKC (full-width digits and ％ become ASCII), no whitespace, no thousands separators, no closing punctuation. */
    static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = WHITESPACE.matcher(s).replaceAll("");
        s = THOUSANDS.matcher(s).replaceAll("");
        return CLOSING_PUNCTUATION.matcher(s).replaceAll("");
    }

    // ---- quantities ----------------------------------------------------------------------------

    private static Optional<Quantity> parseQuantity(String s, String original) {
        Matcher m = QUANTITY.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        String number = m.group(2);
        String unit = m.group(4);
        Comparison prefix = m.group(1) == null ? null : PREFIX_CMP.get(m.group(1));
        Comparison suffix = m.group(5) == null ? null : SUFFIX_CMP.get(m.group(5));
        Comparison approx = m.group(3) != null ? Comparison.AT_LEAST : null;

        BigDecimal multiplier = BigDecimal.ONE;
        String base = unit;
        if (AMBIGUOUS_UNITS.contains(unit)) {
            return Optional.empty();
        }
        if (PERCENT_UNITS.contains(unit)) {
            base = "%";
        } else if ("千元".equals(unit)) {
            multiplier = new BigDecimal("1000");
            base = "元";
        } else {
            for (Map.Entry<String, BigDecimal> e : MULTIPLIERS) {
                if (unit.startsWith(e.getKey())) {
                    multiplier = e.getValue();
                    base = unit.substring(e.getKey().length());
                    break;
                }
            }
            if (base.startsWith("余") || base.startsWith("多")) {
                approx = Comparison.AT_LEAST;
                base = base.substring(1);
                unit = unit.replaceFirst("[余多]", "");
            }
        }
        if (conflict(prefix, suffix) || conflict(prefix, approx) || conflict(suffix, approx)) {
            return Optional.empty();
        }
        Comparison cmp = firstSaying(suffix, approx, prefix);
        int dot = number.indexOf('.');
        int decimals = dot < 0 ? 0 : number.length() - dot - 1;
        BigDecimal halfStep = new BigDecimal("0.5").movePointLeft(decimals);
        return Optional.of(new Quantity(original, cmp, new BigDecimal(number), unit, multiplier, base, halfStep));
    }

    /** Two comparators of one text that say different things ("≥95%以下"): the text is not read. */
    private static boolean conflict(Comparison a, Comparison b) {
        return a != null && b != null && a != Comparison.EQUAL && b != Comparison.EQUAL && a != b;
    }

    /** The first comparator that says more than "="; EQUAL when none does. */
    private static Comparison firstSaying(Comparison... cmps) {
        for (Comparison c : cmps) {
            if (c != null && c != Comparison.EQUAL) {
                return c;
            }
        }
        return Comparison.EQUAL;
    }

    // ---- dates ---------------------------------------------------------------------------------

    /** A date as written: year, and month and day where given. */
    private record PartialDate(int year, Integer month, Integer day) {

        LocalDate start() {
            return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
        }

        LocalDate end() {
            if (month == null) {
                return LocalDate.of(year, 12, 31);
            }
            return day == null ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, day);
        }
    }

    private static Optional<Measure> parseDate(String s, String original) {
        Comparison cmp = Comparison.EQUAL;
        String body = s;
        Matcher pre = DATE_PREFIX.matcher(body);
        if (pre.find()) {
            body = body.substring(pre.end());
            if (pre.group(1).startsWith("截")) {
                cmp = Comparison.AT_MOST;
            }
        }
        Matcher suf = DATE_SUFFIX.matcher(body);
        if (suf.find()) {
            String word = suf.group(1);
            body = body.substring(0, suf.start());
            if (!List.of("底", "末", "全年").contains(word)) {
                cmp = Comparison.AT_MOST;
            }
        }
        if (body.length() < 4 || !Character.isDigit(body.charAt(0))) {
            return Optional.empty();
        }
        try {
            Optional<PartialDate> single = single(body, null);
            if (single.isPresent()) {
                return Optional.of(new DateSpan(original, cmp, single.get().start(), single.get().end()));
            }
            for (int i = 1; i < body.length() - 1; i++) {
                if (RANGE_SEPARATORS.indexOf(body.charAt(i)) < 0) {
                    continue;
                }
                Optional<PartialDate> from = single(body.substring(0, i), null);
                Optional<PartialDate> to = from.isPresent() ? single(body.substring(i + 1), from.get()) : Optional.empty();
                if (to.isPresent() && !to.get().end().isBefore(from.get().start())) {
                    return Optional.of(new DateSpan(original, cmp, from.get().start(), to.get().end()));
                }
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** One date; {@code inherit} lends its year (and month) to the second half of a range ("1 月-12 月"). */
    private static Optional<PartialDate> single(String s, PartialDate inherit) {
        Matcher m = DATE_CN.matcher(s);
        if (!m.matches()) {
            m = DATE_NUM.matcher(s);
        }
        if (m.matches()) {
            return valid(Integer.parseInt(m.group(1)), integer(m.group(2)), integer(m.group(3)));
        }
        if (inherit != null) {
            Matcher month = TAIL_MONTH.matcher(s);
            if (month.matches()) {
                return valid(inherit.year(), integer(month.group(1)), integer(month.group(2)));
            }
            Matcher day = TAIL_DAY.matcher(s);
            if (day.matches() && inherit.month() != null) {
                return valid(inherit.year(), inherit.month(), integer(day.group(1)));
            }
        }
        return Optional.empty();
    }

    private static Optional<PartialDate> valid(int year, Integer month, Integer day) {
        if (year < 1990 || year > 2100 || month != null && (month < 1 || month > 12)) {
            return Optional.empty();
        }
        PartialDate d = new PartialDate(year, month, day);
        d.end(); // throws DateTimeException for 2 月 30 日
        return Optional.of(d);
    }

    private static Integer integer(String s) {
        return s == null ? null : Integer.valueOf(s);
    }
}
