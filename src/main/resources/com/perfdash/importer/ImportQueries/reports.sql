SELECT r.unit_code, u.unit_name, r.fiscal_year
FROM scoped_report r JOIN scoped_unit u ON u.unit_code = r.unit_code
ORDER BY u.unit_name, r.unit_code, r.fiscal_year DESC
