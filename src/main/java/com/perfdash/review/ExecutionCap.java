package com.perfdash.review;

import java.math.BigDecimal;

/**
 * An execution-rate cap of a rule set (table scoring_rule_cap, V021): at an execution rate (全年执行数 ÷
 * 全年预算数, percent) of at least {@code rateFromPct} (null: from 0) and below {@code rateBelowPct}, the
 * total score is at most {@code maxTotalScore} points of 100.
 */
public record ExecutionCap(String ruleSet, BigDecimal rateFromPct, BigDecimal rateBelowPct, BigDecimal maxTotalScore) {
}
