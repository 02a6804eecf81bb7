package com.perfdash.importer.recognize;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What the labels of a 自评表 state, read alike in our workbook ({@link TemplateLayout}) and in the tables
 * units print ({@link PrintedLayout}): the points a block label declares, a label a narrow cell wrapped,
 * and the grades a table may state.
 */
final class TableLabels {

    /** The points a normalized label declares: "年度资金总额(10分)" → 10. */
    static final Pattern POINTS = Pattern.compile("[(]([0-9]+(?:\\.[0-9]{1,2})?)分[)]");

    /** The grades of a 自评表, best first. */
    static final List<String> GRADES = List.of("优", "良", "中", "差");

    private TableLabels() {
    }

    /** A label without the line breaks a narrow cell wrapped it with ("效益指标\n（30 分）"). */
    static String unwrap(String label) {
        return label.replaceAll("\\s*\\n\\s*", "").strip();
    }
}
