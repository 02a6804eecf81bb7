SELECT DISTINCT u.unit_code, u.unit_name
FROM scoped_unit u JOIN scoped_report r ON r.unit_code = u.unit_code
ORDER BY u.unit_code
