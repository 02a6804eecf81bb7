package com.perfdash.review;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where a finding is shown in context: the report page of the drill-down, {@code units/<unit>/<year>},
 * with {@code highlight} listing the finding's row keys ({@link RowKeys}), comma-separated. Relative to
 * the app's base address, as Vaadin's router links are.
 */
public final class ReportLinks {

    private ReportLinks() {
    }

    public static String reportPage(String unitCode, int fiscalYear, List<String> rowKeys) {
        String path = "units/" + encode(unitCode) + "/" + fiscalYear;
        if (rowKeys.isEmpty()) {
            return path;
        }
        return path + "?highlight=" + rowKeys.stream().map(ReportLinks::encode).collect(Collectors.joining(","));
    }

    public static String reportPage(Finding f) {
        return reportPage(f.unitCode(), f.fiscalYear(), f.rowKeys());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
