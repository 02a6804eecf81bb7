SELECT DISTINCT source_kind
FROM scoped_report
ORDER BY source_kind
