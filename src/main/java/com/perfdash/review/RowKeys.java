package com.perfdash.review;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keys of the rows a finding concerns, the same as the review_key_* macros of db/views/08_findings.sql and as the report
 * pages of the unit drill-down read them in {@code ?highlight=}: {@code income}, {@code expenditure},
 * {@code p<seq>} a listed project, {@code f<no>-<row_kind>} a funds row, {@code i<no>-<seq>} an
 * indicator (table 0 is the whole-unit table); and {@code projects} (the project section's sums) and
 * {@code t<no>} (a table's totals: the total row of its indicators), which the pages mark as well.
 */
public final class RowKeys {

    private static final Pattern IN_TABLE = Pattern.compile("[ift](\\d+)(-.*)?");

    private RowKeys() {
    }

    public static String indicator(int tableNo, int seq) {
        return "i" + tableNo + "-" + seq;
    }

    public static String funds(int tableNo, String rowKind) {
        return "f" + tableNo + "-" + rowKind;
    }

    public static String table(int tableNo) {
        return "t" + tableNo;
    }

    public static String project(int seq) {
        return "p" + seq;
    }

    /** The table a key belongs to, or null for the report's statements and project list. */
    public static Integer tableOf(String key) {
        Matcher m = IN_TABLE.matcher(key);
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    /** The keys of a stored comma-separated list, in order. */
    public static List<String> split(String rowKeys) {
        if (rowKeys == null || rowKeys.isBlank()) {
            return List.of();
        }
        return Arrays.stream(rowKeys.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
