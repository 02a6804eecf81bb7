package com.perfdash.review;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/** Findings over the reports of one fiscal year, by severity. */
public record YearCount(int fiscalYear, int errors, int warnings, int infos) {

    public int total() {
        return errors + warnings + infos;
    }

    /** {@code findings} counted per fiscal year, oldest first; a year without findings is absent. */
    public static Map<Integer, YearCount> perYear(Collection<Finding> findings) {
        Map<Integer, YearCount> years = new TreeMap<>();
        for (Finding f : findings) {
            YearCount c = years.getOrDefault(f.fiscalYear(), new YearCount(f.fiscalYear(), 0, 0, 0));
            years.put(f.fiscalYear(), new YearCount(f.fiscalYear(),
                    c.errors() + (f.severity() == Severity.ERROR ? 1 : 0),
                    c.warnings() + (f.severity() == Severity.WARNING ? 1 : 0),
                    c.infos() + (f.severity() == Severity.INFO ? 1 : 0)));
        }
        return years;
    }
}
