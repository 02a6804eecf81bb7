package com.perfdash.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;

/** Helpers of the tests that compare a stored table (V012, V013) with the live view it stores. */
final class StoredRows {

    private StoredRows() {
    }

    static int count(Handle h, String sql) {
        return h.createQuery(sql).mapTo(Integer.class).one();
    }

    /** Rows of {@code a} not in {@code b} plus rows of {@code b} not in {@code a}, duplicates counted. */
    static int difference(Handle h, String a, String b) {
        return count(h, "SELECT count(*) FROM ((SELECT * FROM " + a + " EXCEPT ALL SELECT * FROM " + b + ") "
                + "UNION ALL (SELECT * FROM " + b + " EXCEPT ALL SELECT * FROM " + a + "))");
    }

    /** "name TYPE" of each column of a table or view, in order. */
    static List<String> columns(Handle h, String view) {
        return h.createQuery("SELECT column_name || ' ' || column_type FROM (DESCRIBE " + view + ")").mapTo(String.class).list();
    }

    /** Copies the files (not the folders) of {@code from} into {@code to}. */
    static void copyFiles(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
