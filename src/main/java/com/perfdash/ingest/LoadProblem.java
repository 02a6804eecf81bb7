package com.perfdash.ingest;

import com.perfdash.base.text.Bilingual;
import java.util.List;
import java.util.Locale;

/**
 * One thing wrong with the input, located as precisely as the problem allows.
 *
 * @param file   the file, relative to the data folder (e.g. {@code seed/indicators.csv})
 * @param row    the data row, 1 = first row after the header; null when the whole file is concerned
 * @param column the column name; null when the whole row or file is concerned
 * @param text   what is wrong
 * @param args   the sentence's arguments, the offending value among them
 */
public record LoadProblem(String file, Integer row, String column, LoadText text, List<String> args) {

    public LoadProblem {
        args = List.copyOf(args.stream().map(String::valueOf).toList());
    }

    public LoadProblem(String file, Integer row, String column, LoadText text, String... args) {
        this(file, row, column, text, List.of(args));
    }

    /**
     * A problem whose sentence has no {@link LoadText} yet: it is shown as written, in every language.
     * Prefer a {@link LoadText}, so that an import can say it in the clerk's language.
     */
    public LoadProblem(String file, Integer row, String column, String message) {
        this(file, row, column, LoadText.AS_WRITTEN, List.of(message));
    }

    /** What is wrong, in English: for the server log and the load log. */
    public String message() {
        return message(Locale.ENGLISH);
    }

    /** What is wrong, in the locale's language (Chinese unless English is asked for). */
    public String message(Locale locale) {
        return text.format(locale, args);
    }

    /** File, row, column and what is wrong on one line, in the locale's language (Chinese unless English). */
    public String describe(Locale locale) {
        if (Bilingual.english(locale)) {
            return toString();
        }
        StringBuilder s = new StringBuilder(String.valueOf(file));
        if (row != null) {
            s.append("，第 ").append(row).append(" 行");
        }
        if (column != null) {
            s.append("，列 ").append(column);
        }
        return s.append("：").append(message(locale)).toString();
    }

    /** File, row, column and what is wrong on one line, in English. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (row != null) {
            s.append(" row ").append(row);
        }
        if (column != null) {
            s.append(", column ").append(column);
        }
        return s.append(": ").append(message()).toString();
    }
}
