package com.perfdash.review;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jdbi.v3.core.Handle;

/**
 * Writes the Java checks' findings into review_finding through DuckDB's appender, on the handle's own
 * connection, so inside the load's transaction (a JDBC batch would run row by row). Findings are
 * buffered and written a chunk at a time, each chunk taking its ids from review_finding_seq like the
 * SQL rules' findings.
 */
final class FindingAppender implements AutoCloseable {

    private final Handle handle;
    private final int chunkSize;
    private final List<NewFinding> buffer = new ArrayList<>();

    FindingAppender(Handle handle, int chunkSize) {
        this.handle = handle;
        this.chunkSize = chunkSize;
    }

    void add(NewFinding finding) {
        buffer.add(finding);
        if (buffer.size() >= chunkSize) {
            write();
        }
    }

    private void write() {
        if (buffer.isEmpty()) {
            return;
        }
        List<Long> ids = handle.attach(ReviewRuleQueries.class).reserveFindingIds(buffer.size());
        // one appender per chunk: closing it writes the chunk
        try (DuckDBAppender appender = handle.getConnection().unwrap(DuckDBConnection.class)
                .createAppender("main", "review_finding")) {
            for (int i = 0; i < buffer.size(); i++) {
                NewFinding f = buffer.get(i);
                appender.beginRow().append(ids.get(i).longValue()).append(f.reportId()).append(f.ruleCode()).append(f.severity());
                smallint(appender, f.tableNo());
                text(appender, f.rowKind());
                smallint(appender, f.indicatorSeq());
                smallint(appender, f.projectSeq());
                text(appender, f.field());
                appender.append(f.rowKeys()).append(f.evidence()).endRow();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write review findings: " + e.getMessage(), e);
        }
        buffer.clear();
    }

    private static void smallint(DuckDBAppender appender, Integer value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value.shortValue());
        }
    }

    private static void text(DuckDBAppender appender, String value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value);
        }
    }

    /** Writes what is still buffered. */
    @Override
    public void close() {
        write();
    }
}
