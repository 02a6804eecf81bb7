package com.perfdash.importer.grid;

import com.perfdash.importer.CellRef;
import java.util.Objects;

/**
 * One paragraph of a document's running text (not inside a table), in reading order.
 *
 * @param text   the paragraph as written; a line break inside it kept as {@code \n}
 * @param source where it is: the file, the part ("正文", "第 3 页") and the paragraph's number
 *               (row, 1-based) in that part
 */
public record Paragraph(String text, CellRef source) {

    public Paragraph {
        text = Objects.requireNonNullElse(text, "");
        Objects.requireNonNull(source, "source");
    }
}
