package com.perfdash.importer.grid;

import com.perfdash.importer.ImportIssue;
import java.util.List;

/**
 * What a reader made of one file: its running text, its tables as grids (in document order, each
 * with its place among the paragraphs) and the problems or notes reading it raised.
 *
 * @param file       the uploaded file's name
 * @param format     what the reader recognised: {@code xlsx}, {@code xls}, {@code docx}, {@code html},
 *                   {@code pdf}
 * @param paragraphs running text in reading order
 * @param grids      tables in reading order
 * @param issues     errors (nothing can be taken from the file) and notes (how it was read)
 */
public record SourceDocument(String file, String format, List<Paragraph> paragraphs, List<Grid> grids,
                             List<ImportIssue> issues) {

    public SourceDocument {
        paragraphs = List.copyOf(paragraphs);
        grids = List.copyOf(grids);
        issues = List.copyOf(issues);
    }
}
