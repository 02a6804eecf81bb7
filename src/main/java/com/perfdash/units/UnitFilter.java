package com.perfdash.units;

/**
 * What the units list is narrowed to.
 *
 * @param query    part of the unit name or code, case-insensitive; null or blank for all
 * @param category one category exactly (党委部门, 政府部门, …); null or blank for all
 */
public record UnitFilter(String query, String category) {

    public static final UnitFilter ALL = new UnitFilter(null, null);

    public UnitFilter {
        query = blankToNull(query);
        category = blankToNull(category);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
