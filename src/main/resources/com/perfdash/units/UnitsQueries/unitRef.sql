-- One unit the user may see, by its code, without metrics: what a unit picker shows for a chosen unit.
SELECT unit_code, unit_name, category
FROM scoped_unit
WHERE unit_code = :unitCode
