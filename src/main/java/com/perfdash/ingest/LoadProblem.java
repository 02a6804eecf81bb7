package com.perfdash.ingest;

/**
 * One thing wrong with the input, located as precisely as the problem allows.
 *
 * @param file   the file, relative to the data folder (e.g. {@code seed/indicators.csv})
 * @param row    the data row, 1 = first row after the header; null when the whole file is concerned
 * @param column the column name; null when the whole row or file is concerned
 * @param message what is wrong, with the offending value
 */
public record LoadProblem(String file, Integer row, String column, String message) {

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (row != null) {
            s.append(" row ").append(row);
        }
        if (column != null) {
            s.append(", column ").append(column);
        }
        return s.append(": ").append(message).toString();
    }
}
