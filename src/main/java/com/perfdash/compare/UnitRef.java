package com.perfdash.compare;

/** A budget unit by code, name and category. */
public record UnitRef(String unitCode, String unitName, String category) {
}
