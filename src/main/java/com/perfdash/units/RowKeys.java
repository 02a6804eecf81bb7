package com.perfdash.units;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names for the rows of a report page, used in its {@code highlight} query parameter so that other
 * pages (the review view) can link to a report with some rows marked:
 * {@code i<table>-<seq>} an indicator (table 0 is the whole-unit table), {@code f<table>-<row kind>} a
 * funds row ({@code total}, {@code appropriation}, {@code carryover}, {@code other}), {@code p<seq>} a
 * listed project, {@code income} and {@code expenditure} the two statements of 预算收支,
 * {@code t<table>} a table's totals (the total row of its indicators: weights and scores summed against
 * the 总分 it states) and {@code projects} the project list's sums.
 * Example: {@code /units/zz-hetang-qwbgs/2020?highlight=i0-7,f0-total,income,t0}.
 */
public final class RowKeys {

    public static final String INCOME = "income";
    public static final String EXPENDITURE = "expenditure";
    public static final String PROJECTS = "projects";

    private static final Pattern KEY = Pattern.compile("i\\d+-\\d+|f\\d+-(total|appropriation|carryover|other)|p\\d+|t\\d+|income|expenditure|projects");

    private RowKeys() {
    }

    public static String indicator(int tableNo, int seq) {
        return "i" + tableNo + "-" + seq;
    }

    public static String funds(int tableNo, String rowKind) {
        return "f" + tableNo + "-" + rowKind;
    }

    public static String project(int seq) {
        return "p" + seq;
    }

    public static String table(int tableNo) {
        return "t" + tableNo;
    }

    /**
     * The keys of a {@code highlight} parameter value (comma separated), in order; blanks and anything
     * that is not a row key are dropped, so a mistyped link marks less rather than failing.
     */
    public static Set<String> parse(String highlight) {
        if (highlight == null || highlight.isBlank()) {
            return Set.of();
        }
        Set<String> keys = new LinkedHashSet<>();
        Arrays.stream(highlight.split(","))
                .map(s -> s.strip().toLowerCase(Locale.ROOT))
                .filter(s -> KEY.matcher(s).matches())
                .forEach(keys::add);
        return Collections.unmodifiableSet(keys);
    }

    /** The parameter value for a set of keys. */
    public static String join(Set<String> keys) {
        return String.join(",", keys);
    }
}
