package com.perfdash.overview;

import java.util.Locale;
import java.util.Optional;

/** Which reports a filter keeps by provenance ({@code report.source_kind}). */
public enum SourceFilter {
    /** Every loaded report. */
    ALL,
    /** Reports transcribed from real published documents. */
    REAL,
    /** Reports of the generated demo district. */
    DEMO;

    /** The value the SQL macros and the URL use: {@code all}, {@code real}, {@code demo}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The filter a URL value names, ignoring case; empty for anything else. */
    public static Optional<SourceFilter> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (SourceFilter s : values()) {
            if (s.code().equalsIgnoreCase(code.trim())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
