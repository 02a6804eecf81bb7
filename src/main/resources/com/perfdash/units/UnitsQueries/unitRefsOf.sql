-- The units of these codes the user may see, without metrics (names beside a list of unit codes).
SELECT unit_code, unit_name, category
FROM scoped_unit
WHERE list_contains(:unitCodes, unit_code)
ORDER BY unit_code
