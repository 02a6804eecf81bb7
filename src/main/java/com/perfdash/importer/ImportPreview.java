package com.perfdash.importer;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What an import would do, found by reading the files and loading them in a dry run: the files, the
 * new and replaced unit-years with their key figures, the review findings, every error and note.
 * Nothing is written until it is confirmed.
 *
 * @param id       identifies the preview for {@link ImportService#confirm}
 * @param errors   every error: those of the files left out, and any that concerns the import as a whole
 * @param reports  the unit-years of the ready files, with their key figures (the files left out add none)
 * @param findings the review findings of the imported unit-years (empty when the review checks are not installed)
 * @param outcomes each file of {@code files}, in the same order, ready or left out with its errors; none when
 *                 the preview could not be made at all (its one error says why). A file may be ready and the
 *                 import still refused, by an error no file holds ({@link #generalErrors()})
 * @param read     what was recognized in each workbook or document (not CSV files), every figure beside its
 *                 source and with the clerk's correction when it has one, in file order
 */
public record ImportPreview(String id, String user, LocalDateTime at, List<ImportedFile> files, List<ImportIssue> errors,
                            List<ImportIssue> notes, List<ReportChange> reports, List<PreviewFinding> findings,
                            List<FileOutcome> outcomes, List<ReadFile> read) {

    public ImportPreview {
        files = List.copyOf(files);
        errors = List.copyOf(errors);
        notes = List.copyOf(notes);
        reports = List.copyOf(reports);
        findings = List.copyOf(findings);
        outcomes = List.copyOf(outcomes);
        read = List.copyOf(read);
    }

    /** The clerk's corrections of read figures made in this preview (and the previews it was made again from). */
    public List<FigureCheck> checks() {
        return read.stream().flatMap(r -> r.figures().stream()).map(ReadFigure::check).filter(java.util.Objects::nonNull).toList();
    }

    /** What was recognized in a file, or null (a CSV file, a file that could not be read). */
    public ReadFile read(String file) {
        return read.stream().filter(r -> r.file().equals(file)).findFirst().orElse(null);
    }

    /**
     * Whether it may be confirmed: at least one ready file with a report, and no error outside the files
     * left out (the service gives a preview reports only then). Confirming imports the ready files.
     */
    public boolean acceptable() {
        return !reports.isEmpty();
    }

    /** The errors that concern the import as a whole, not one file: any of them refuses it. */
    public List<ImportIssue> generalErrors() {
        return errors.stream().filter(e -> outcomes.stream().noneMatch(o -> o.errors().contains(e))).toList();
    }

    /** The files that would be imported. */
    public List<FileOutcome> ready() {
        return outcomes.stream().filter(FileOutcome::ready).toList();
    }

    /** The files that need attention and are left out. */
    public List<FileOutcome> leftOut() {
        return outcomes.stream().filter(o -> !o.ready()).toList();
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
