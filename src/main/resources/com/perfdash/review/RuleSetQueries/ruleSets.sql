-- Every scoring rule set (scoring_rule_set, V021), the default first.
SELECT code, name_zh, name_en, description_zh, description_en, is_default, over_target_pct
FROM scoring_rule_set
ORDER BY is_default DESC, code
