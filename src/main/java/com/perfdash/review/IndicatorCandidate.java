package com.perfdash.review;

import java.math.BigDecimal;

/** An indicator row the attainment checks read: where it is, its texts, weight and score (points). */
public record IndicatorCandidate(int reportId, int tableNo, int seq, String level2, String level3, String targetText,
                                 String actualText, BigDecimal weight, BigDecimal score, String deviationNote) {
}
