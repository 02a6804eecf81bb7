package com.perfdash.importer;

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
            "xls", WorkbookGridReader.XLS);

    private DocumentReaders() {
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
