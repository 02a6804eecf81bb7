SELECT DISTINCT fiscal_year::INTEGER AS fiscal_year
FROM report
ORDER BY fiscal_year
