package com.perfdash.review;

import java.math.BigDecimal;

/**
 * An indicator row the attainment checks read: where it is, its texts, weight and score (points).
 *
 * @param noNote        whether the row has no deviation note (empty, 无, /, —)
 * @param overTargetPct where the report's scoring rule set counts a completed value this many percent or
 *                      more above its target as a deviation (ATTAIN_OVER_TARGET), else null
 * @param ruleSet       that rule set's code, and its names below; null where overTargetPct is
 */
public record IndicatorCandidate(int reportId, int tableNo, int seq, String level2, String level3, String targetText,
                                 String actualText, BigDecimal weight, BigDecimal score, String deviationNote, boolean noNote,
                                 BigDecimal overTargetPct, String ruleSet, String ruleSetNameZh, String ruleSetNameEn) {
}
