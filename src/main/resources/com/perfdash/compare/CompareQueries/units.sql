SELECT unit_code, unit_name, category
FROM scoped_unit
WHERE list_contains(:units, unit_code)
ORDER BY unit_code
