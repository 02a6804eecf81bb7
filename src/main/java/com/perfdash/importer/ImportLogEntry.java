package com.perfdash.importer;

import java.time.LocalDateTime;

/**
 * One row of the import log: an import attempt, a withdrawal or a restore, with its outcome.
 *
 * @param action     import, withdraw, restore
 * @param outcome    accepted, rejected, failed, cancelled, withdrawn, restored
 * @param batch      the batch folder concerned, or null (a rejected import has none)
 * @param files      the uploaded files' names, joined with "、"
 * @param totalBytes the uploaded files' total size in bytes
 * @param unitYears  the unit-years concerned, e.g. "zz-hetang-qwbgs 2020"
 * @param leftOut    the files the import left out, each its name and then its errors, one per line; null when none
 * @param state      where the batch stands now (null without a batch), read from the import folder
 */
public record ImportLogEntry(long importId, String action, String outcome, String batch, String userName,
                             LocalDateTime startedAt, LocalDateTime finishedAt, int fileCount, long totalBytes,
                             Integer reportsNew, Integer reportsReplaced, String unitYears, String message, String files, String leftOut,
                             BatchState state) {

    /** Whether this row is the accepted import of its batch, the row a withdraw or restore acts on. */
    public boolean isAcceptedImport() {
        return "import".equals(action) && "accepted".equals(outcome) && batch != null;
    }
}
