SELECT unit_code, unit_name, category, district
FROM unit
WHERE unit_code = :unitCode
