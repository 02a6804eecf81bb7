package com.perfdash.export;

import java.util.Objects;

/**
 * Whose figures an annual summary reports: the whole district, the units of one category, or one unit.
 *
 * @param value the category (CATEGORY) or the unit code (UNIT); null for the district
 */
public record SummaryScope(Kind kind, String value) {

    public enum Kind { DISTRICT, CATEGORY, UNIT }

    public SummaryScope {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.DISTRICT) {
            value = null;
        } else if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(kind + " needs a value");
        }
    }

    public static SummaryScope district() {
        return new SummaryScope(Kind.DISTRICT, null);
    }

    public static SummaryScope category(String category) {
        return new SummaryScope(Kind.CATEGORY, category);
    }

    public static SummaryScope unit(String unitCode) {
        return new SummaryScope(Kind.UNIT, unitCode);
    }

    /** The category, or null unless this is a category scope. */
    public String category() {
        return kind == Kind.CATEGORY ? value : null;
    }

    /** The unit code, or null unless this is a unit scope. */
    public String unitCode() {
        return kind == Kind.UNIT ? value : null;
    }
}
