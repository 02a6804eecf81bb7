package com.perfdash.importer;

import com.perfdash.importer.document.NarrativeParser;
import com.perfdash.importer.grid.Narrative;
import com.perfdash.importer.grid.SourceDocument;
import com.perfdash.importer.recognize.Recognition;
import com.perfdash.importer.recognize.ReportRecognizer;
import java.nio.file.Path;

/**
 * Reads a workbook (.xlsx or .xls) into the rows of the data format: the file becomes grids
 * ({@link DocumentReaders}), the {@link ReportRecognizer} finds the report(s) in them, in our own
 * template's layout or in a layout units print.
 */
final class ReportWorkbookReader {

    private static final ReportRecognizer RECOGNIZER = new ReportRecognizer();

    private ReportWorkbookReader() {
    }

    /** Reads the .xlsx workbook at {@code path}, named {@code fileName} in messages. */
    static SourceRows read(Path path, String fileName, ImportLimits limits) {
        return recognize(path, fileName, "xlsx", limits).toSourceRows();
    }

    /** Reads the workbook of {@code format} ({@code xlsx} or {@code xls}) and recognizes its report(s). */
    static Recognition recognize(Path path, String fileName, String format, ImportLimits limits) {
        SourceDocument document = DocumentReaders.forFormat(format).read(path, fileName, limits);
        // a document's running text states the budget sentences, the duties and the projects
        Narrative narrative = DocumentReaders.hasNarrative(format) ? new NarrativeParser().parse(document.paragraphs()) : Narrative.EMPTY;
        return RECOGNIZER.recognize(document, narrative);
    }
}
