package com.perfdash.base.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
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

    /** Opens (creating if needed) the database file at {@code file}. */
    public static DuckDbDatabase openFile(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return open("jdbc:duckdb:" + file.toAbsolutePath(), file.toAbsolutePath().toString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot create the folder for the database file " + file, e);
        }
    }

    /** A private in-memory database, for tests and benchmarks. */
    public static DuckDbDatabase inMemory() {
        return open("jdbc:duckdb:", "in-memory");
    }

    private static DuckDbDatabase open(String url, String description) {
        try {
            Properties props = new Properties();
            Connection c = DriverManager.getConnection(url, props);
            return new DuckDbDatabase(c.unwrap(DuckDBConnection.class), description);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open the DuckDB database " + description + ": " + e.getMessage(), e);
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
