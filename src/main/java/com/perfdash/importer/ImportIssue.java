package com.perfdash.importer;

import com.perfdash.base.text.Bilingual;
import java.util.List;
import java.util.Locale;

/**
 * Something an import found in its files: an error (the import cannot go ahead) or a note (it went
 * ahead, and says how, e.g. that a formula's saved result was used).
 *
 * @param error true for an error, false for a note
 * @param where the file, sheet, row and column concerned, as precisely as known
 * @param text  the sentence, with {@code args} filled in
 * @param args  the sentence's arguments: text, or what the loader said ({@link com.perfdash.ingest.LoadProblem},
 *              {@link com.perfdash.ingest.DataLoadException}), which is put in the sentence's language
 */
public record ImportIssue(boolean error, CellRef where, ImportText text, List<Object> args) {

    public ImportIssue {
        args = List.copyOf(args);
    }

    public static ImportIssue error(CellRef where, ImportText text, Object... args) {
        return new ImportIssue(true, where, text, List.of(args));
    }

    public static ImportIssue note(CellRef where, ImportText text, Object... args) {
        return new ImportIssue(false, where, text, List.of(args));
    }

    public String message(Locale locale) {
        return text.format(locale, args);
    }

    /** File, sheet, row, column and message on one line, for logs and the headless command. */
    public String describe(Locale locale) {
        boolean en = Bilingual.english(locale);
        String place = where.place(locale);
        return where.file() + (place.isEmpty() ? "" : (en ? ", " : "，") + place) + (en ? ": " : "：") + message(locale);
    }
}
