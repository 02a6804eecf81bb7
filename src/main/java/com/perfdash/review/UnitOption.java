package com.perfdash.review;

/** A budget unit to filter findings by. */
public record UnitOption(String unitCode, String unitName) {
}
