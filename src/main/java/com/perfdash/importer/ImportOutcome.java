package com.perfdash.importer;

import java.util.List;

/**
 * How a confirmed import, a withdrawal or a restore ended.
 *
 * @param done   true when it took effect
 * @param batch  the batch folder concerned (the new one for an import), or null
 * @param errors why it did not take effect (empty when done)
 * @param leftOut the uploaded files an accepted import left out, with why
 */
public record ImportOutcome(boolean done, String batch, List<ImportIssue> errors, int reportsNew, int reportsReplaced,
                            List<FileOutcome> leftOut) {

    public ImportOutcome {
        errors = List.copyOf(errors);
        leftOut = List.copyOf(leftOut);
    }

    public ImportOutcome(boolean done, String batch, List<ImportIssue> errors, int reportsNew, int reportsReplaced) {
        this(done, batch, errors, reportsNew, reportsReplaced, List.of());
    }

    static ImportOutcome failed(String batch, ImportIssue error) {
        return new ImportOutcome(false, batch, List.of(error), 0, 0);
    }
}
