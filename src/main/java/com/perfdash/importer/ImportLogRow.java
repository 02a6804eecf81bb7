package com.perfdash.importer;

import java.time.LocalDateTime;

/** A stored import_log row, with its files' names; see {@link ImportLogEntry}. */
public record ImportLogRow(long importId, String action, String outcome, String batch, String userName,
                           LocalDateTime startedAt, LocalDateTime finishedAt, int fileCount, long totalBytes,
                           Integer reportsNew, Integer reportsReplaced, String unitYears, String message, String files,
                           String leftOut) {

    ImportLogEntry entry(BatchState state) {
        return new ImportLogEntry(importId, action, outcome, batch, userName, startedAt, finishedAt, fileCount, totalBytes,
                reportsNew, reportsReplaced, unitYears, message, files, leftOut, state);
    }
}
