package com.perfdash.units.ui;

import com.perfdash.review.Basis;
import com.perfdash.units.RowKeys;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The addresses of the unit drill-down pages, relative to the app root, for links from any page:
 * {@code units}, {@code units/<unit>}, {@code units/<unit>/<year>} (optionally
 * {@code ?highlight=<row keys>}, see {@link RowKeys}) and {@code units/<unit>/<year>/projects/<table no>}; the
 * unit and report pages also take the 口径 ({@link #withBasis}).
 */
public final class UnitRoutes {

    private UnitRoutes() {
    }

    public static String units() {
        return "units";
    }

    public static String unit(String unitCode) {
        return "units/" + encode(unitCode);
    }

    public static String report(String unitCode, int fiscalYear) {
        return unit(unitCode) + "/" + fiscalYear;
    }

    /** The report page with the given rows marked. */
    public static String report(String unitCode, int fiscalYear, Set<String> highlight) {
        return highlight.isEmpty() ? report(unitCode, fiscalYear)
                : report(unitCode, fiscalYear) + "?highlight=" + encode(RowKeys.join(highlight));
    }

    /** {@code address} naming the 口径 {@code basis} as well ({@code ?basis=reviewed} or {@code &basis=reviewed}). */
    public static String withBasis(String address, Basis basis) {
        return address + (address.contains("?") ? "&" : "?") + basis.queryPart();
    }

    public static String projectTable(String unitCode, int fiscalYear, int tableNo) {
        return report(unitCode, fiscalYear) + "/projects/" + tableNo;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("%2C", ",");
    }
}
