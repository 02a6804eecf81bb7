package com.perfdash.importer.grid;

import com.perfdash.importer.CellRef;
import java.util.Objects;

/**
 * One figure or text a reader took from a document, with where it stands and how it was written.
 *
 * @param value         the value in the data format's notation (money {@code 516.66} in 万元, percent
 *                      {@code 100}, a whole number, or text as is)
 * @param source        where it is: the cell of a table, or the paragraph of the running text
 * @param stated        the cell text or the sentence as the document writes it ("2020 年度预算收入 516.66
 *                      万元，其中…"), kept beside every figure taken from it
 * @param lowConfidence true when the reader had to guess (a sentence parsed loosely, a column whose
 *                      header was not recognised): the clerk is asked to confirm it in the preview
 */
public record StatedValue(String value, CellRef source, String stated, boolean lowConfidence) {

    public StatedValue {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        stated = Objects.requireNonNullElse(stated, "");
    }
}
