-- Every execution-rate cap (scoring_rule_cap, V021), per rule set the highest band first.
SELECT rule_set, rate_from_pct, rate_below_pct, max_total_score
FROM scoring_rule_cap
ORDER BY rule_set, rate_below_pct DESC
