package com.perfdash.review;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Where a finding is shown in context, on the pages of the unit drill-down: a finding about a project
 * table opens that table's page ({@code units/<unit>/<year>/projects/<table no>}), any other the report
 * page ({@code units/<unit>/<year>}); {@code highlight} lists the finding's rows that page shows
 * ({@link RowKeys}), comma-separated. Relative to the app's base address, as Vaadin's router links are.
 */
public final class ReportLinks {

    private ReportLinks() {
    }

    public static String reportPage(Finding f) {
        int table = f.tableNo() == null ? 0 : f.tableNo();
        return page(f.unitCode(), f.fiscalYear(), table, f.rowKeys());
    }

    /**
     * The page of {@code tableNo} (0: the report page) with the keys of {@code rowKeys} that belong on it:
     * that table's rows, and on the report page also the statements and the project list.
     */
    public static String page(String unitCode, int fiscalYear, int tableNo, List<String> rowKeys) {
        String path = "units/" + encode(unitCode) + "/" + fiscalYear + (tableNo == 0 ? "" : "/projects/" + tableNo);
        List<String> shown = rowKeys.stream()
                .filter(k -> Objects.equals(RowKeys.tableOf(k), tableNo) || tableNo == 0 && RowKeys.tableOf(k) == null)
                .toList();
        return shown.isEmpty() ? path
                : path + "?highlight=" + shown.stream().map(ReportLinks::encode).collect(Collectors.joining(","));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
