package com.perfdash.units;

/** One paragraph block of a narrative section, as the query returns it. */
public record NarrativeText(String section, int seq, String body) {
}
