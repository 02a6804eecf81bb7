-- A bulk import takes the files that are ready and leaves out those that need attention, each file whole.
-- A file left out keeps its row in import_log_file with why: its errors, one per line (file, sheet, row,
-- column and message, in Chinese); null for a file that was imported.
ALTER TABLE import_log_file ADD COLUMN left_out VARCHAR;
