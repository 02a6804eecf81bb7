package com.perfdash.catalog;

/** How many units of one category are loaded, and how many reports they have. */
public record UnitCount(String category, int units, int reports) {
}
