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
 * A process that runs beside others on few cores (two test JVMs on two cores) may also cap DuckDB's worker
 * threads: on small data a query's setup on two threads costs more than it saves.
 *
 * @param memoryLimit   DuckDB's {@code memory_limit}, e.g. {@code 8GB}; empty: DuckDB's default
 * @param tempDirectory DuckDB's {@code temp_directory}; empty: DuckDB's default
 * @param threads       DuckDB's {@code threads}, e.g. {@code 1}; empty: DuckDB's default (one per core)
 */
public record DuckDbSettings(String memoryLimit, String tempDirectory, String threads) {

    /** DuckDB's defaults. */
    public static final DuckDbSettings DEFAULTS = new DuckDbSettings("", "", "");

    public DuckDbSettings {
        memoryLimit = memoryLimit == null ? "" : memoryLimit.strip();
        tempDirectory = tempDirectory == null ? "" : tempDirectory.strip();
        threads = threads == null ? "" : threads.strip();
    }

    /** A memory limit and a temporary folder, DuckDB's threads. */
    public DuckDbSettings(String memoryLimit, String tempDirectory) {
        this(memoryLimit, tempDirectory, "");
    }

    /** Whether every setting is DuckDB's default. */
    public boolean isDefault() {
        return memoryLimit.isEmpty() && tempDirectory.isEmpty() && threads.isEmpty();
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
        if (!threads.isEmpty()) {
            p.setProperty("threads", threads);
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
        if (!threads.isEmpty()) {
            parts.add("threads=" + threads + " (perfdash.db.threads)");
        }
        return parts.isEmpty() ? "DuckDB's default settings" : String.join(", ", parts);
    }
}
