SELECT DISTINCT u.unit_code, u.unit_name
FROM unit u JOIN report r ON r.unit_code = u.unit_code
ORDER BY u.unit_code
