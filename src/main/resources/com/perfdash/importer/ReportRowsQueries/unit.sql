SELECT unit_code, unit_name, category, district
FROM scoped_unit
WHERE unit_code = :unit
