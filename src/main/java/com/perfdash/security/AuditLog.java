package com.perfdash.security;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Service;

/** Writes and reads the audit log: who did what, when, from where. */
@Service
public class AuditLog {

    /** One audit entry. */
    public record Entry(long auditId, LocalDateTime loggedAt, String username, String event, String detail, String remoteAddr) {
    }

    private final Jdbi jdbi;
    private final Clock clock;

    public AuditLog(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public void record(String username, String event, String detail, String remoteAddr) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO audit_log (audit_id, logged_at, username, event, detail, remote_addr) "
                        + "VALUES (nextval('audit_log_seq'), :at, :username, :event, :detail, :addr)")
                .bind("at", LocalDateTime.now(clock)).bind("username", username).bind("event", event)
                .bind("detail", detail).bind("addr", remoteAddr).execute());
    }

    public List<Entry> latest(int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM audit_log ORDER BY audit_id DESC LIMIT :limit")
                .bind("limit", limit).map((rs, ctx) -> new Entry(rs.getLong("audit_id"), rs.getObject("logged_at", LocalDateTime.class),
                        rs.getString("username"), rs.getString("event"), rs.getString("detail"), rs.getString("remote_addr")))
                .list());
    }
}
