SELECT DISTINCT fiscal_year FROM scoped_report ORDER BY fiscal_year
