package com.perfdash.importer.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The import addresses, relative to the app root, for links from any page: the import page, the blank
 * workbook, and one loaded report as a workbook.
 */
public final class ImportRoutes {

    static final String TEMPLATE = "import/template";
    static final String WORKBOOK = "import/workbook";

    private ImportRoutes() {
    }

    public static String importPage() {
        return "import";
    }

    public static String template() {
        return TEMPLATE;
    }

    /** {@code import/workbook?unit=<unit>&year=<year>}: the report as a workbook that imports back unchanged. */
    public static String workbook(String unitCode, int fiscalYear) {
        return WORKBOOK + "?unit=" + URLEncoder.encode(unitCode, StandardCharsets.UTF_8) + "&year=" + fiscalYear;
    }
}
