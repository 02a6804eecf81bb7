package com.perfdash.review;

import java.util.Locale;
import java.util.Optional;

/**
 * 口径: which figures a view shows — as the reports state them (自评（原文）), or with finance's review
 * applied (复核后: accepted corrections, 复核得分; report_metrics_reviewed, db/views/03_report_metrics.sql).
 */
public enum Basis {
    STATED,
    REVIEWED;

    /** As the SQL macros take it (p_basis) and the addresses write it: stated, reviewed. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String labelKey() {
        return "basis." + code();
    }

    public static Optional<Basis> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Basis b : values()) {
            if (b.code().equalsIgnoreCase(code.trim())) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }
}
