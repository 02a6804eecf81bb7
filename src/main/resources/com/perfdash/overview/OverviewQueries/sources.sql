SELECT DISTINCT source_kind
FROM report
ORDER BY source_kind
