package com.perfdash.review;

import java.util.Locale;
import java.util.Optional;

/** Where a report's review (复核) stands: 待审核 → 审核中 → 退回修改 → 已复核. */
public enum ReviewStatus {
    /** 待审核: nobody has started. */
    PENDING,
    /** 审核中: a reviewer is on it. */
    IN_REVIEW,
    /** 退回修改: returned to its unit with a message, for a correction or a new version. */
    RETURNED,
    /** 已复核: reviewed, with a 复核得分. */
    REVIEWED;

    /** As stored: pending, in_review, returned, reviewed. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String labelKey() {
        return "review.status." + code();
    }

    public static Optional<ReviewStatus> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (ReviewStatus s : values()) {
            if (s.code().equalsIgnoreCase(code.trim())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
