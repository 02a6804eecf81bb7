SELECT u.category,
       count(DISTINCT u.unit_code) AS units,
       count(r.report_id)          AS reports
FROM scoped_unit u
LEFT JOIN scoped_report r ON r.unit_code = u.unit_code
GROUP BY u.category
ORDER BY units DESC, u.category
