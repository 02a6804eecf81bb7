package com.perfdash.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DuckDB's {@code read_csv} errors as problems a person can act on: the line DuckDB names, the line's
 * text and what to change. DuckDB's own text (its "Possible fixes", reader options and sniffing
 * details) is meant for someone calling {@code read_csv}, never for the person who made the file: it
 * goes to the server log only.
 */
final class CsvErrors {

    private static final Logger log = LoggerFactory.getLogger(CsvErrors.class);

    /** Longest part of a line's text a message quotes. */
    static final int QUOTED_CHARS = 80;

    private static final Pattern LINE = Pattern.compile("CSV Error on Line: (\\d+)");
    private static final Pattern ORIGINAL = Pattern.compile("Original Line: ([^\\n]*)");
    private static final Pattern TOO_LONG = Pattern.compile("Maximum line size of (\\d+) bytes exceeded\\. Actual Size: ?(\\d+) bytes");
    private static final Pattern COLUMNS = Pattern.compile("Expected Number of Columns: (\\d+) Found: (\\d+)");

    private CsvErrors() {
    }

    /** The problem DuckDB found reading {@code name}, a file of a data set. */
    static LoadProblem problem(String name, Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String duckDb = String.valueOf(cause.getMessage());
        int advice = duckDb.indexOf("Possible ");
        log.warn("{}: DuckDB cannot read the CSV: {}", name, (advice > 0 ? duckDb.substring(0, advice) : duckDb).strip());
        return problem(name, duckDb);
    }

    /** The problem a DuckDB {@code read_csv} error text describes. */
    static LoadProblem problem(String name, String duckDb) {
        Matcher line = LINE.matcher(duckDb);
        if (!line.find()) {
            return new LoadProblem(name, null, null, LoadText.CSV_UNREADABLE);
        }
        String at = line.group(1);
        Matcher original = ORIGINAL.matcher(duckDb);
        String text = original.find() ? quoted(original.group(1)) : "";
        if (duckDb.contains("not utf-8 encoded") || duckDb.contains("Invalid unicode")) {
            return new LoadProblem(name, null, null, LoadText.CSV_LINE_NOT_UTF8, at);
        }
        Matcher columns = COLUMNS.matcher(duckDb);
        if (columns.find()) {
            return new LoadProblem(name, null, null, LoadText.CSV_FIELD_COUNT, at, columns.group(1), columns.group(2), text);
        }
        Matcher tooLong = TOO_LONG.matcher(duckDb);
        if (tooLong.find()) {
            return new LoadProblem(name, null, null, LoadText.CSV_LINE_TOO_LONG, at, tooLong.group(2), tooLong.group(1));
        }
        if (duckDb.contains("unterminated quote")) {
            return new LoadProblem(name, null, null, LoadText.CSV_UNCLOSED_QUOTE, at, text);
        }
        return new LoadProblem(name, null, null, LoadText.CSV_INVALID, at, text);
    }

    private static String quoted(String line) {
        String s = line.strip();
        return s.length() <= QUOTED_CHARS ? s : s.substring(0, QUOTED_CHARS) + "…";
    }
}
