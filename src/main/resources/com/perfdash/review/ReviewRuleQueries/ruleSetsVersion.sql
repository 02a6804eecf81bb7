-- A fingerprint of what the rule-set rules read besides the reports (V021): every scoring rule set with
-- its names and over-target threshold, every execution-rate cap, and each district's choice now.
SELECT md5(concat_ws('|',
    coalesce((SELECT string_agg(CAST(s AS VARCHAR), ';' ORDER BY code) FROM scoring_rule_set s), ''),
    coalesce((SELECT string_agg(CAST(c AS VARCHAR), ';' ORDER BY rule_set, rate_below_pct) FROM scoring_rule_cap c), ''),
    coalesce((SELECT string_agg(district || '=' || rule_set, ';' ORDER BY district) FROM district_rule_set_current), '')))
