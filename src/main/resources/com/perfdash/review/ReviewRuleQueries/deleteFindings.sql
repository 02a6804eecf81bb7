-- The findings of some rules (ReviewChecks.refreshRuleSetFindings), before they run again.
DELETE FROM review_finding WHERE rule_code IN (<codes>)
