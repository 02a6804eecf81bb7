-- The units as loaded now (the latest declaration of each), to compare an import's declarations with.
SELECT unit_code, unit_name, category, district
FROM unit
WHERE unit_code IN (<codes>)
ORDER BY unit_code
