package com.perfdash.security;

/**
 * The units whose data a user may see: every unit, or exactly one. Services bind {@link #unitCode()}
 * into their queries as {@code :scopeUnit}, and each query keeps only rows where
 * {@code :scopeUnit IS NULL OR unit_code = :scopeUnit}.
 *
 * @param unitCode the one unit, or null for all units
 */
public record DataScope(String unitCode) {

    public static final DataScope ALL_UNITS = new DataScope(null);
    /** Nobody signed in: no unit code equals the empty string, so nothing is visible. */
    public static final DataScope NONE = new DataScope("");

    public static DataScope unit(String unitCode) {
        if (unitCode == null || unitCode.isBlank()) {
            throw new IllegalArgumentException("a unit scope needs a unit code");
        }
        return new DataScope(unitCode);
    }

    public boolean allUnits() {
        return unitCode == null;
    }

    public boolean allows(String unit) {
        return unitCode == null || unitCode.equals(unit);
    }
}
