-- One choice of a district's rule set (district_rule_set, V021); the latest is the district's rule set.
INSERT INTO district_rule_set (choice_id, district, rule_set, chosen_by, chosen_at)
VALUES (nextval('district_rule_set_seq'), :district, :ruleSet, :by, :at)
