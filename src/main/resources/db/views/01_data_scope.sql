-- Row-level data scope. A connection opened for a unit user carries the variable scope_unit (set by
-- the app when it opens the connection, see base/db); every view reads units and reports through
-- these two, so such a connection sees that one unit only. Connections of other users, and of the
-- app's own work (loading, review checks), have no scope_unit and see all. docs/security.md.
CREATE OR REPLACE VIEW scoped_unit AS
SELECT * FROM unit
WHERE getvariable('scope_unit') IS NULL OR unit_code = getvariable('scope_unit');

CREATE OR REPLACE VIEW scoped_report AS
SELECT * FROM report
WHERE getvariable('scope_unit') IS NULL OR unit_code = getvariable('scope_unit');
