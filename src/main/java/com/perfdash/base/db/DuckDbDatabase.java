package com.perfdash.base.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.duckdb.DuckDBConnection;

/**
 * The one DuckDB database of this process. DuckDB allows a single writer process per file, and every
 * {@code jdbc:duckdb:} URL without a path is a new, empty in-memory database, so the app opens the
 * database once and hands out {@link DuckDBConnection#duplicate() duplicates} of that connection.
 */
public final class DuckDbDatabase implements AutoCloseable {

    private final DuckDBConnection root;
    private final String description;

    private DuckDbDatabase(DuckDBConnection root, String description) {
        this.root = root;
        this.description = description;
    }

    /** Opens (creating if needed) the database file at {@code file}, with DuckDB's default settings. */
    public static DuckDbDatabase openFile(Path file) {
        return openFile(file, DuckDbSettings.DEFAULTS);
    }

    /** Opens (creating if needed) the database file at {@code file}. */
    public static DuckDbDatabase openFile(Path file, DuckDbSettings settings) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return open("jdbc:duckdb:" + file.toAbsolutePath(), file.toAbsolutePath().toString(), settings);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot create the folder for the database file " + file, e);
        }
    }

    /** A private in-memory database, for tests and benchmarks. */
    public static DuckDbDatabase inMemory() {
        return inMemory(DuckDbSettings.DEFAULTS);
    }

    /** A private in-memory database with these settings (an in-memory database spills to the temporary folder only). */
    public static DuckDbDatabase inMemory(DuckDbSettings settings) {
        return open("jdbc:duckdb:", "in-memory", settings);
    }

    private static DuckDbDatabase open(String url, String description, DuckDbSettings settings) {
        try {
            Connection c = DriverManager.getConnection(url, settings.properties());
            return new DuckDbDatabase(c.unwrap(DuckDBConnection.class), description);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open the DuckDB database " + description
                    + (settings.isDefault() ? "" : " with " + settings) + ": " + e.getMessage(), e);
        }
    }

    /** A new connection to the same database; close it when done. */
    public Connection newConnection() throws SQLException {
        return root.duplicate();
    }

    public String description() {
        return description;
    }

    @Override
    public void close() {
        try {
            root.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
