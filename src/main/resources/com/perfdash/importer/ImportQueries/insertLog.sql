INSERT INTO import_log (import_id, action, outcome, batch, user_name, started_at, finished_at, file_count, total_bytes,
                        reports_new, reports_replaced, unit_years, message)
VALUES (:id, :action, :outcome, :batch, :user, :started, :finished, :fileCount, :totalBytes,
        :reportsNew, :reportsReplaced, :unitYears, :message)
