package com.perfdash.importer;

import java.util.List;

/**
 * How one uploaded file fares in an import: ready (可导入) when it and everything the batch and the dry
 * run found in it are free of errors, otherwise it needs attention (需处理) and is left out, whole: none
 * of its rows is imported. The loose CSV files of one upload are one data set and go in or stay out
 * together.
 *
 * @param name   the name it was uploaded with
 * @param errors why it is left out (file, sheet, row, column and message each); empty when ready
 */
public record FileOutcome(String name, List<ImportIssue> errors) {

    public FileOutcome {
        errors = List.copyOf(errors);
    }

    public boolean ready() {
        return errors.isEmpty();
    }

    /** The errors on one line each, as the import log and the batch's {@code left_out.csv} keep them (at most 20). */
    public String reasons() {
        return errors.stream().limit(20).map(e -> e.describe(java.util.Locale.CHINESE))
                .collect(java.util.stream.Collectors.joining("\n"));
    }
}
