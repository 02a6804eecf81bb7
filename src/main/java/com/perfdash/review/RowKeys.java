package com.perfdash.review;

import java.util.Arrays;
import java.util.List;

/**
 * The keys a report page highlights rows by (the same as the review_key_* macros of V004):
 * {@code income}, {@code expenditure}, {@code projects} (the project section's sums), {@code p<seq>} a
 * listed project, {@code t<no>} a table's header and totals, {@code t<no>.funds.<row_kind>} a funds row,
 * {@code t<no>.ind.<seq>} an indicator row. Table 0 is the whole-unit table.
 */
public final class RowKeys {

    private RowKeys() {
    }

    public static String indicator(int tableNo, int seq) {
        return "t" + tableNo + ".ind." + seq;
    }

    public static String funds(int tableNo, String rowKind) {
        return "t" + tableNo + ".funds." + rowKind;
    }

    public static String table(int tableNo) {
        return "t" + tableNo;
    }

    public static String project(int seq) {
        return "p" + seq;
    }

    /** The keys of a stored comma-separated list, in order. */
    public static List<String> split(String rowKeys) {
        if (rowKeys == null || rowKeys.isBlank()) {
            return List.of();
        }
        return Arrays.stream(rowKeys.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
