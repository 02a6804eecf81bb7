SELECT nextval('import_log_seq')
