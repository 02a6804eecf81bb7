package com.perfdash.ingest;

import com.perfdash.base.db.WholeTables;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;

/**
 * The hold rule and its records (V019): a reload that would drop a large share of a loaded data set's
 * rows is not applied but held, and the database keeps serving what it had until an administrator
 * confirms it (loads it anyway) or dismisses it (keeps the old data; the same files are not asked about
 * again). A set counts as dropping when one of {@link #WATCHED} falls by more than {@link #HOLD_PERCENT}
 * % of its loaded rows and by more than {@link #HOLD_MIN_ROWS} rows. Only sets loaded before and present
 * again are compared: a new set, or one removed from the folder (an import withdrawn), is no drop.
 */
public final class HeldReloads {

    /** A fall by more than this share of a watched file's loaded rows, in percent … */
    public static final int HOLD_PERCENT = 20;
    /** … and by more than this many rows holds the reload. */
    public static final int HOLD_MIN_ROWS = 50;
    /** The files whose fall holds a reload: the reports and what a report is mostly made of. */
    public static final List<FileSpec> WATCHED = List.of(DataFormat.REPORTS, DataFormat.INDICATORS, DataFormat.PROJECTS);

    /** Rows of one file of one set: as loaded, and as the files to load hold them. */
    public record FileRows(String dataSet, String fileName, int before, int after) {

        /** Whether this file falls by more than the rule allows. */
        public boolean drops() {
            int fall = before - after;
            return WATCHED.stream().anyMatch(f -> f.fileName().equals(fileName))
                    && fall > HOLD_MIN_ROWS && (long) fall * 100 > (long) before * HOLD_PERCENT;
        }

        /** The file as messages name it: {@code demo/indicators.csv}. */
        public String file() {
            return dataSet + "/" + fileName;
        }
    }

    /** A held reload, with the rows of every file of the sets that fell. */
    public record HeldReload(long heldId, LocalDateTime heldAt, String fingerprint, String status, String decidedBy,
                             LocalDateTime decidedAt, List<FileRows> rows) {

        public boolean pending() {
            return "held".equals(status);
        }
    }

    /** The reload was held (now, or before for the same files): nothing was changed. */
    public static class HeldLoadException extends DataLoadException {

        private final long heldId;

        HeldLoadException(long heldId, List<FileRows> rows, boolean dismissed) {
            super(rows.stream().filter(FileRows::drops).map(r -> new LoadProblem(r.file(), null, null,
                    dismissed ? LoadText.RELOAD_DISMISSED : LoadText.RELOAD_HELD, String.valueOf(r.before()), String.valueOf(r.after()),
                    String.valueOf(HOLD_PERCENT), String.valueOf(HOLD_MIN_ROWS))).toList());
            this.heldId = heldId;
        }

        public long heldId() {
            return heldId;
        }
    }

    private HeldReloads() {
    }

    /** Rows per set and file as the last successful load stored them. */
    static Map<String, Map<String, Integer>> loaded(Handle h) {
        Map<String, Map<String, Integer>> rows = new TreeMap<>();
        h.createQuery("SELECT data_set, file_name, data_rows FROM load_set_rows")
                .map((rs, ctx) -> new FileRows(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(3)))
                .forEach(r -> rows.computeIfAbsent(r.dataSet(), k -> new LinkedHashMap<>()).put(r.fileName(), r.before()));
        return rows;
    }

    /** Every file of each set loaded before and staged now that has a file falling by more than the rule allows. */
    static List<FileRows> drops(Map<String, Map<String, Integer>> before, Map<String, Map<String, Integer>> after) {
        List<FileRows> rows = new ArrayList<>();
        for (var set : after.entrySet()) {
            Map<String, Integer> was = before.get(set.getKey());
            if (was == null) {
                continue;
            }
            List<FileRows> files = new ArrayList<>();
            for (FileSpec spec : DataFormat.FILES) {
                files.add(new FileRows(set.getKey(), spec.fileName(), was.getOrDefault(spec.fileName(), 0),
                        set.getValue().getOrDefault(spec.fileName(), 0)));
            }
            if (files.stream().anyMatch(FileRows::drops)) {
                rows.addAll(files);
            }
        }
        return rows;
    }

    /**
     * Throws {@link HeldLoadException} when the staged sets drop rows by the rule (recording the hold, once
     * per set of files), unless {@code accepted} is their fingerprint (an administrator's confirmation).
     * {@code staged} holds the rows per set and file the load would bring.
     */
    static void check(Handle h, Path dataDir, String fingerprint, String accepted, LocalDateTime now,
                      Map<String, Map<String, Integer>> staged) {
        if (fingerprint.equals(accepted)) {
            return;
        }
        Optional<HeldReload> standing = standing(h, fingerprint);
        if (standing.isPresent()) {
            throw new HeldLoadException(standing.get().heldId(), standing.get().rows(), !standing.get().pending());
        }
        List<FileRows> drops = drops(loaded(h), staged);
        if (drops.isEmpty()) {
            return;
        }
        long id = h.inTransaction(tx -> {
            long heldId = tx.createQuery("SELECT nextval('held_load_seq')").mapTo(Long.class).one();
            // one decision at a time: a hold of files that changed since is settled by this one
            tx.execute("UPDATE held_load SET status = 'superseded' WHERE status = 'held'");
            tx.createUpdate("INSERT INTO held_load (held_id, held_at, source, fingerprint, status) VALUES (:id, :at, :source, :fp, 'held')")
                    .bind("id", heldId).bind("at", now).bind("source", dataDir.toString()).bind("fp", fingerprint).execute();
            for (FileRows r : drops) {
                tx.createUpdate("INSERT INTO held_load_rows (held_id, data_set, file_name, rows_before, rows_after) VALUES (?, ?, ?, ?, ?)")
                        .bind(0, heldId).bind(1, r.dataSet()).bind(2, r.fileName()).bind(3, r.before()).bind(4, r.after()).execute();
            }
            return heldId;
        });
        throw new HeldLoadException(id, drops, false);
    }

    /** A hold, pending or dismissed, of exactly these files: they are not loaded without a confirmation. */
    static Optional<HeldReload> standing(Handle h, String fingerprint) {
        return all(h, "WHERE fingerprint = :fp AND status IN ('held', 'dismissed')", fingerprint).stream().findFirst();
    }

    /** After a successful load, inside its transaction: the rows it brought, and no hold left pending. */
    static void loadedNow(Handle tx, Map<String, Map<String, Integer>> staged, String fingerprint) {
        WholeTables.empty(tx, List.of("load_set_rows"));
        var insert = tx.prepareBatch("INSERT INTO load_set_rows (data_set, file_name, data_rows) VALUES (?, ?, ?)");
        staged.forEach((set, files) -> files.forEach((file, rows) -> insert.add(set, file, rows)));
        if (insert.size() > 0) {
            insert.execute();
        }
        tx.createUpdate("UPDATE held_load SET status = 'superseded' WHERE status = 'held' AND fingerprint <> :fp")
                .bind("fp", fingerprint).execute();
    }

    /** Records an administrator's decision on a pending hold; false when it is no longer pending. */
    static boolean decide(Handle h, long heldId, String status, String user, LocalDateTime at) {
        return h.createUpdate("UPDATE held_load SET status = :status, decided_by = :user, decided_at = :at "
                        + "WHERE held_id = :id AND status = 'held'")
                .bind("status", status).bind("user", user).bind("at", at).bind("id", heldId).execute() == 1;
    }

    /** One hold by id. */
    public static Optional<HeldReload> find(Handle h, long heldId) {
        return all(h, "WHERE held_id = :id", heldId).stream().findFirst();
    }

    /** The holds still waiting for a decision, newest first. */
    public static List<HeldReload> pending(Handle h) {
        return all(h, "WHERE status = 'held'", null);
    }

    private static List<HeldReload> all(Handle h, String where, Object arg) {
        var q = h.createQuery("SELECT held_id, held_at, fingerprint, status, decided_by, decided_at FROM held_load "
                + where + " ORDER BY held_id DESC");
        if (arg instanceof String s) {
            q.bind("fp", s);
        } else if (arg != null) {
            q.bind("id", arg);
        }
        List<HeldReload> heads = q.map((rs, ctx) -> new HeldReload(rs.getLong(1), rs.getObject(2, LocalDateTime.class),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getObject(6, LocalDateTime.class), List.of())).list();
        List<HeldReload> full = new ArrayList<>();
        for (HeldReload r : heads) {
            List<FileRows> rows = h.createQuery("SELECT data_set, file_name, rows_before, rows_after FROM held_load_rows "
                            + "WHERE held_id = ? ORDER BY data_set").bind(0, r.heldId())
                    .map((rs, ctx) -> new FileRows(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4))).list();
            rows = sortedByFormat(rows);
            full.add(new HeldReload(r.heldId(), r.heldAt(), r.fingerprint(), r.status(), r.decidedBy(), r.decidedAt(), rows));
        }
        return full;
    }

    /** Within a set, the files in the format's order. */
    private static List<FileRows> sortedByFormat(List<FileRows> rows) {
        List<String> order = DataFormat.FILES.stream().map(FileSpec::fileName).toList();
        return rows.stream().sorted(java.util.Comparator.comparing(FileRows::dataSet)
                .thenComparing(r -> order.indexOf(r.fileName()))).toList();
    }
}
