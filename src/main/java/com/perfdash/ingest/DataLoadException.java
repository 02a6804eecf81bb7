package com.perfdash.ingest;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The input cannot be loaded; the database was left as it was. */
public class DataLoadException extends RuntimeException {

    private final List<LoadProblem> problems;

    public DataLoadException(List<LoadProblem> problems) {
        super(problems.stream().map(LoadProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<LoadProblem> problems() {
        return problems;
    }

    /** The problems, one a line, in the locale's language ({@link #getMessage()} is English). */
    public String describe(Locale locale) {
        return problems.stream().map(p -> p.describe(locale)).collect(Collectors.joining("\n"));
    }
}
