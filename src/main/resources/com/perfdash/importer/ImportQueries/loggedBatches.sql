SELECT DISTINCT batch FROM import_log WHERE action = 'import' AND outcome = 'accepted' AND batch IS NOT NULL
