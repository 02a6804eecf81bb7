-- Every district the loaded units name (distinct unit.district, not every unit) and every district that
-- chose a rule set, with its rule set now (view district_rule_set_current, else the default,
-- db/views/09_review.sql) and who chose it when. Units through scoped_unit, as every feature query.
SELECT d.district, coalesce(u.units, 0)::INTEGER AS units, coalesce(c.rule_set, default_rule_set()) AS rule_set,
       c.chosen_by, c.chosen_at
FROM (SELECT district FROM scoped_unit WHERE district IS NOT NULL UNION SELECT district FROM district_rule_set) d
LEFT JOIN (SELECT district, count(*) AS units FROM scoped_unit WHERE district IS NOT NULL GROUP BY district) u ON u.district = d.district
LEFT JOIN district_rule_set_current c ON c.district = d.district
ORDER BY d.district
