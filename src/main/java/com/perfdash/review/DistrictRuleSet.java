package com.perfdash.review;

import java.time.LocalDateTime;

/**
 * A district (unit.district) and the scoring rule set it is reviewed under now.
 *
 * @param units     how many loaded units name the district
 * @param ruleSet   the rule set's code: the district's latest choice, else the default
 * @param chosenBy  who chose it, or null where the district never chose (the default applies)
 * @param chosenAt  when, or null likewise
 */
public record DistrictRuleSet(String district, int units, String ruleSet, String chosenBy, LocalDateTime chosenAt) {
}
