package com.perfdash.base.db;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * DuckDB's own settings for the process's database (README, settings table). DuckDB takes up to 80 % of
 * the machine's memory by default, on top of the Java heap; a large database needs a limit well under
 * the memory left beside the heap, and a temporary folder to spill to once the limit is reached (a file
 * database spills to {@code <file>.tmp} by default, an in-memory one only where this says).
 *
 * @param memoryLimit   DuckDB's {@code memory_limit}, e.g. {@code 8GB}; empty: DuckDB's default
 * @param tempDirectory DuckDB's {@code temp_directory}; empty: DuckDB's default
 */
public record DuckDbSettings(String memoryLimit, String tempDirectory) {

    /** DuckDB's defaults. */
    public static final DuckDbSettings DEFAULTS = new DuckDbSettings("", "");

    public DuckDbSettings {
        memoryLimit = memoryLimit == null ? "" : memoryLimit.strip();
        tempDirectory = tempDirectory == null ? "" : tempDirectory.strip();
    }

    /** Whether every setting is DuckDB's default. */
    public boolean isDefault() {
        return memoryLimit.isEmpty() && tempDirectory.isEmpty();
    }

    /** The settings as the DuckDB JDBC driver takes them when it opens a database. */
    Properties properties() {
        Properties p = new Properties();
        if (!memoryLimit.isEmpty()) {
            p.setProperty("memory_limit", memoryLimit);
        }
        if (!tempDirectory.isEmpty()) {
            p.setProperty("temp_directory", tempDirectory);
        }
        return p;
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        if (!memoryLimit.isEmpty()) {
            parts.add("memory_limit=" + memoryLimit + " (perfdash.db.memory-limit)");
        }
        if (!tempDirectory.isEmpty()) {
            parts.add("temp_directory=" + tempDirectory + " (perfdash.db.temp-directory)");
        }
        return parts.isEmpty() ? "DuckDB's default settings" : String.join(", ", parts);
    }
}
