-- One project of one unit, year by year (view project_years, db/views/07_projects.sql).
SELECT unit_code, unit_name, category, fiscal_year, project_key, listed_names, listed_count, kinds,
       budget, actual, carryover, table_no, table_name, table_count, table_budget, table_executed,
       table_execution_rate, table_score, table_grade
FROM project_years
-- the key of what the address says: a key, an older key or the project's name as written
WHERE unit_code = :unitCode AND project_key = project_key(:projectKey)
ORDER BY fiscal_year
