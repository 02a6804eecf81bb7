package com.perfdash.importer;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What an import would do, found by reading the files and loading them in a dry run: the files, the
 * new and replaced unit-years with their key figures, the review findings, every error and note.
 * Nothing is written until it is confirmed.
 *
 * @param id       identifies the preview for {@link ImportService#confirm}
 * @param findings the review findings of the imported unit-years (empty when the review checks are not installed)
 */
public record ImportPreview(String id, String user, LocalDateTime at, List<ImportedFile> files, List<ImportIssue> errors,
                            List<ImportIssue> notes, List<ReportChange> reports, List<PreviewFinding> findings) {

    public ImportPreview {
        files = List.copyOf(files);
        errors = List.copyOf(errors);
        notes = List.copyOf(notes);
        reports = List.copyOf(reports);
        findings = List.copyOf(findings);
    }

    /** Whether it may be confirmed: no errors, and at least one report. */
    public boolean acceptable() {
        return errors.isEmpty() && !reports.isEmpty();
    }

    public List<ReportChange> newReports() {
        return reports.stream().filter(ReportChange::isNew).toList();
    }

    public List<ReportChange> replacedReports() {
        return reports.stream().filter(r -> !r.isNew()).toList();
    }

    public long totalBytes() {
        return files.stream().mapToLong(ImportedFile::sizeBytes).sum();
    }
}
