-- The latest choices of districts' rule sets (district_rule_set, V021), latest first.
SELECT district, rule_set, chosen_by, chosen_at
FROM district_rule_set
ORDER BY chosen_at DESC, choice_id DESC
LIMIT :limit
