package com.perfdash.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * A scoring rule set (评分规则, table scoring_rule_set, V021): the rules a province's platform applies on top
 * of the national scoring, as the checks and the proposed 复核得分 read them.
 *
 * @param isDefault     the rule set of every district that never chose one
 * @param overTargetPct a completed value this many percent or more above its quantitative target is a
 *                      deviation that loses points unless a deviation note explains it; null: not applied
 * @param caps          the execution-rate caps on the total score, highest band first; empty: none
 */
public record RuleSet(String code, String nameZh, String nameEn, String descriptionZh, String descriptionEn, boolean isDefault,
                      BigDecimal overTargetPct, List<ExecutionCap> caps) {

    public RuleSet {
        caps = List.copyOf(caps);
    }

    public String name(Locale locale) {
        return FindingMessages.isChinese(locale) ? nameZh : nameEn;
    }

    public String description(Locale locale) {
        return FindingMessages.isChinese(locale) ? descriptionZh : descriptionEn;
    }
}
