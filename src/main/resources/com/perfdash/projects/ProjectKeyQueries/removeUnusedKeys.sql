-- Removes the keys of names no loaded project or project table bears any more (a withdrawn batch's,
-- a renamed project's), so that the cache holds what is loaded, not every name ever seen.
DELETE FROM project_name_key k
WHERE NOT EXISTS (SELECT 1 FROM project p WHERE p.project_name = k.project_name)
  AND NOT EXISTS (SELECT 1 FROM eval_table t WHERE t.project_name = k.project_name)
