package com.perfdash.importer;

/** Told how far an import preview has got: {@code done} of {@code total} files read, then the check. */
@FunctionalInterface
public interface ImportProgress {

    enum Step { READ, CHECK, DONE }

    void update(Step step, int done, int total, String fileName);

    ImportProgress NONE = (step, done, total, fileName) -> {
    };
}
