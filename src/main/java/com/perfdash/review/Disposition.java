package com.perfdash.review;

import java.util.Locale;
import java.util.Optional;

/**
 * What finance decided about a finding (复核). Recorded with who, when and why in
 * {@code finding_disposition} (V017); the latest decision is the finding's current one.
 */
public enum Disposition {
    /** Nobody has decided yet, or a decision was taken back. */
    OPEN,
    /** 属实（需更正）: the report is wrong and needs correcting. */
    CONFIRMED,
    /** 不是问题: the report is right; the reason says why the check was wrong here. */
    DISMISSED,
    /** 已更正: the figure has been corrected (a correction beside the original, or a new version). */
    CORRECTED;

    /** As stored and bound in SQL: open, confirmed, dismissed, corrected. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The i18n key of its label. */
    public String labelKey() {
        return "review.disposition." + code();
    }

    /** Whether recording this disposition needs a reason (a dismissal must say why). */
    public boolean needsReason() {
        return this == DISMISSED;
    }

    public static Optional<Disposition> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Disposition d : values()) {
            if (d.code().equalsIgnoreCase(code.trim())) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
