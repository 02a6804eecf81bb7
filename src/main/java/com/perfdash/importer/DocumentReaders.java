package com.perfdash.importer;

import com.perfdash.importer.document.DocReader;
import com.perfdash.importer.document.DocxReader;
import com.perfdash.importer.document.HtmlReader;
import com.perfdash.importer.document.PdfReader;
import com.perfdash.importer.grid.DocumentReader;
import com.perfdash.importer.sheet.WorkbookGridReader;
import java.util.Map;

/**
 * Which {@link DocumentReader} reads a file of a format (as the import detects it from the file's first
 * bytes and its name). Each reader only turns the file into grids and paragraphs; the recognizer does the rest.
 */
public final class DocumentReaders {

    private static final Map<String, DocumentReader> READERS = Map.of(
            "xlsx", WorkbookGridReader.XLSX,
            "xls", WorkbookGridReader.XLS,
            // documents: Word, old Word through LibreOffice, saved web pages, PDF with a text layer
            "docx", new DocxReader(),
            "doc", new DocReader(),
            "html", new HtmlReader(),
            "pdf", new PdfReader());

    private DocumentReaders() {
    }

    /** Whether the format is a document with running text (its narrative is read too), not a workbook. */
    public static boolean hasNarrative(String format) {
        return switch (format) {
            case "docx", "doc", "html", "pdf" -> true;
            default -> false;
        };
    }

    /** The reader of a format, or null when none reads it. */
    public static DocumentReader forFormat(String format) {
        return READERS.get(format);
    }

    /** Whether a reader reads the format. */
    public static boolean reads(String format) {
        return READERS.containsKey(format);
    }
}
