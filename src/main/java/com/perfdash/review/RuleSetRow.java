package com.perfdash.review;

import java.math.BigDecimal;

/** A scoring rule set as stored (scoring_rule_set, V021), without its caps; {@link RuleSet} has them. */
public record RuleSetRow(String code, String nameZh, String nameEn, String descriptionZh, String descriptionEn, boolean isDefault,
                         BigDecimal overTargetPct) {
}
