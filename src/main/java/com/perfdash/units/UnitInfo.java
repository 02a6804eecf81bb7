package com.perfdash.units;

/** A budget unit (预算单位): its code (used in URLs), name, category and district. */
public record UnitInfo(String unitCode, String unitName, String category, String district) {
}
