-- A failed load's problems in the reader's language: which sentence (com.perfdash.ingest.LoadText) and
-- its arguments, beside the English message V019 keeps, so that the 数据概况 page says them in Chinese or
-- English. Problems stored before this have no sentence and are shown as written.
ALTER TABLE load_problem ADD COLUMN text_code VARCHAR;
ALTER TABLE load_problem ADD COLUMN text_args VARCHAR[];
