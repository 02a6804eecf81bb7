SELECT DISTINCT fiscal_year FROM report ORDER BY fiscal_year
