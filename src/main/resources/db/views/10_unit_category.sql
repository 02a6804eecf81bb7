-- Finance's current 单位类别 assignment of each unit (V024, unit_category_assignment): the latest row per
-- unit, when it sets a category (a latest row with a NULL category removed the assignment: no row here).
-- com/perfdash/ingest/apply_unit_categories.sql applies it to unit.category at every load; the unit page
-- shows who set it and when.
CREATE OR REPLACE VIEW unit_category_current AS
SELECT unit_code, category, stated_category, assigned_by, assigned_at
FROM (
    SELECT *
    FROM unit_category_assignment
    QUALIFY row_number() OVER (PARTITION BY unit_code ORDER BY assignment_id DESC) = 1
)
WHERE category IS NOT NULL;
