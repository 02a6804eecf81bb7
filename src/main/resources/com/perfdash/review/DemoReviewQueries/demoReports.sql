-- The demo district's reports as loaded: the active version of each unit-year comes from the data set
-- :dataSet (the data folder's demo/) and is generated (source_kind demo). A demo report an import has
-- superseded is not among them: that version is someone's real data. Oldest year first, then by unit.
SELECT r.unit_code, r.fiscal_year
FROM report r
JOIN report_version v ON v.unit_code = r.unit_code AND v.fiscal_year = r.fiscal_year AND v.active
WHERE v.data_set = :dataSet AND v.source_kind = 'demo' AND r.source_kind = 'demo'
ORDER BY r.fiscal_year, r.unit_code
