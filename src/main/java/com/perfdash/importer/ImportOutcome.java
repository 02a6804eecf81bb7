package com.perfdash.importer;

import java.util.List;

/**
 * How a confirmed import, a withdrawal or a restore ended.
 *
 * @param done   true when it took effect
 * @param batch  the batch folder concerned (the new one for an import), or null
 * @param errors why it did not take effect (empty when done)
 */
public record ImportOutcome(boolean done, String batch, List<ImportIssue> errors, int reportsNew, int reportsReplaced) {

    public ImportOutcome {
        errors = List.copyOf(errors);
    }

    static ImportOutcome failed(String batch, ImportIssue error) {
        return new ImportOutcome(false, batch, List.of(error), 0, 0);
    }
}
