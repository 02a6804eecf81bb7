-- Applies finance's 单位类别 assignments (unit_category_current, V024) to the unit table. Runs inside the
-- load's transaction after replace_model.sql and before the stores are refreshed, so report_metrics_store,
-- project_years_store and every page after them carry the assigned category; and again after each
-- assignment. Idempotent: a fresh load leaves stated_category NULL, which is then the data's category;
-- a later run keeps it and only recomputes the category in effect.
UPDATE unit SET stated_category = category WHERE stated_category IS NULL;

UPDATE unit SET category = coalesce(
        (SELECT a.category FROM unit_category_current a WHERE a.unit_code = unit.unit_code),
        stated_category)
WHERE category IS DISTINCT FROM coalesce(
        (SELECT a.category FROM unit_category_current a WHERE a.unit_code = unit.unit_code),
        stated_category);
