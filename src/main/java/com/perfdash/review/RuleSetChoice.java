package com.perfdash.review;

import java.time.LocalDateTime;

/** One choice of a district's scoring rule set (table district_rule_set, V021): who chose which, when. */
public record RuleSetChoice(String district, String ruleSet, String chosenBy, LocalDateTime chosenAt) {
}
