SELECT section, seq, body
FROM report_text
WHERE report_id = :reportId
ORDER BY section, seq
