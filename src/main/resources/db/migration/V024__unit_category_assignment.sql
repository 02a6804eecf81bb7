-- 单位类别 set by finance on the unit page. Reports never state a unit's category (an imported printed
-- table records 未分类), and every load replaces the unit table from the data, so finance's choice is kept
-- here, outside the report model, and applied to unit.category at every load inside the load's
-- transaction (com.perfdash.ingest.UnitCategories). The table keeps history, as finance's review tables
-- do (V017): the latest row of a unit is its current assignment; a row with a NULL category removes it
-- (the unit follows its data again). stated_category is the category the loaded data stated when the row
-- was recorded. The current assignment is the view unit_category_current (db/views/10_unit_category.sql).
CREATE TABLE unit_category_assignment (
    assignment_id    BIGINT PRIMARY KEY,
    unit_code        VARCHAR NOT NULL,
    category         VARCHAR CHECK (category IS NULL OR (length(trim(category)) > 0 AND category <> '未分类')),
    stated_category  VARCHAR NOT NULL,
    assigned_by      VARCHAR NOT NULL,
    assigned_at      TIMESTAMP NOT NULL
);
CREATE SEQUENCE unit_category_assignment_seq;

-- The category the loaded data states, beside the one in effect (unit.category: finance's assignment when
-- there is one, else this). The loader's own INSERT names its columns and leaves this NULL; the load then
-- fills it from category before applying the assignments.
ALTER TABLE unit ADD COLUMN stated_category VARCHAR;
UPDATE unit SET stated_category = category;
