package com.perfdash.catalog;

import com.perfdash.ingest.DataFolderLoader;
import com.perfdash.ingest.HeldReloads;
import com.perfdash.ingest.HeldReloads.HeldReload;
import com.perfdash.ingest.LoadProblem;
import com.perfdash.ingest.LoadText;
import com.perfdash.security.AuditLog;
import com.perfdash.security.CurrentUser;
import com.perfdash.security.Role;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Service;

/**
 * What the 数据概况 page shows about the loads themselves: the latest load when it failed, with its
 * problems, and the reloads held for a decision (docs/data-format.md "Held reloads"). Only an
 * administrator decides on a held reload, and never on a read-only node; the check is here, whatever
 * page calls it, and every decision goes to the audit log.
 */
@Service
public class LoadStatusService {

    /** The latest load, which failed: when, and every problem it named. */
    public record FailedLoad(LocalDateTime at, List<LoadProblem> problems) {
    }

    /** A user who is not an administrator asked to decide on a held reload. */
    public static class NotAllowedException extends IllegalStateException {
        public NotAllowedException(String message) {
            super(message);
        }
    }

    private final Jdbi jdbi;
    private final DataFolderLoader folder;
    private final AuditLog audit;
    private final CurrentUser user;

    public LoadStatusService(Jdbi jdbi, DataFolderLoader folder, AuditLog audit, CurrentUser user) {
        this.jdbi = jdbi;
        this.folder = folder;
        this.audit = audit;
        this.user = user;
    }

    /** The latest load attempt, when it failed (a later successful load clears it). */
    public Optional<FailedLoad> latestFailure() {
        return jdbi.withHandle(h -> {
            record Attempt(long id, LocalDateTime at, String outcome, String message) {
            }
            Optional<Attempt> last = h.createQuery("SELECT load_id, started_at, outcome, message FROM load_log "
                            + "WHERE outcome <> 'unchanged' ORDER BY load_id DESC LIMIT 1")
                    .map((rs, ctx) -> new Attempt(rs.getLong(1), rs.getObject(2, LocalDateTime.class), rs.getString(3), rs.getString(4)))
                    .findFirst();
            if (last.isEmpty() || !"failed".equals(last.get().outcome())) {
                return Optional.<FailedLoad>empty();
            }
            List<LoadProblem> problems = h.createQuery("SELECT file, data_row, column_name, message, text_code, text_args FROM load_problem "
                            + "WHERE load_id = ? ORDER BY seq").bind(0, last.get().id())
                    .map((rs, ctx) -> problem(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getArray(6)))
                    .list();
            if (problems.isEmpty()) { // logged before problems were stored one by one, or not a problem of the data
                problems = List.of(new LoadProblem("", null, null, String.valueOf(last.get().message())));
            }
            return Optional.of(new FailedLoad(last.get().at(), problems));
        });
    }

    /** A stored problem with its sentence, so that it can be said in the reader's language; as written when it has none. */
    private static LoadProblem problem(String file, Integer row, String column, String message, String code, java.sql.Array args)
            throws java.sql.SQLException {
        LoadText text = null;
        if (code != null) {
            try {
                text = LoadText.valueOf(code);
            } catch (IllegalArgumentException e) {
                text = null; // a sentence this version does not know: the English message stands
            }
        }
        if (text == null || args == null) {
            return new LoadProblem(file, row, column, message);
        }
        Object[] values = (Object[]) args.getArray();
        return new LoadProblem(file, row, column, text, java.util.Arrays.stream(values).map(String::valueOf).toList());
    }

    /** The reloads waiting for an administrator's decision, newest first. */
    public List<HeldReload> heldReloads() {
        return jdbi.withHandle(HeldReloads::pending);
    }

    /** Whether the signed-in user may confirm or dismiss a held reload. */
    public boolean mayDecide() {
        return !folder.readOnly() && user.role().filter(r -> r == Role.ADMIN).isPresent();
    }

    /**
     * Loads the held reload anyway. Throws {@link com.perfdash.ingest.DataLoadException} when its files no
     * longer load (the database stays as it was) and {@link NotAllowedException} for anyone but an
     * administrator.
     */
    public DataFolderLoader.Decision confirm(long heldId) {
        requireAdmin();
        String detail = describe(heldId);
        DataFolderLoader.Decision d = folder.confirmHeld(heldId, user.username());
        if (d == DataFolderLoader.Decision.DONE) {
            audit.record(user.username(), "data_reload_confirmed", detail, null);
        } else if (d == DataFolderLoader.Decision.FILES_CHANGED) {
            folder.loadNow(); // the new files are checked on their own (and held again if they drop rows)
        }
        return d;
    }

    /** Keeps the loaded data instead of the held reload. {@link NotAllowedException} for anyone but an administrator. */
    public DataFolderLoader.Decision dismiss(long heldId) {
        requireAdmin();
        String detail = describe(heldId);
        DataFolderLoader.Decision d = folder.dismissHeld(heldId, user.username());
        if (d == DataFolderLoader.Decision.DONE) {
            audit.record(user.username(), "data_reload_dismissed", detail, null);
        }
        return d;
    }

    private void requireAdmin() {
        if (!mayDecide()) {
            throw new NotAllowedException("Only an administrator decides on a held reload (and not on a read-only node); "
                    + user.username() + " may not");
        }
    }

    /** For the audit log: {@code held reload 3: demo/indicators.csv 6798 → 3453}. */
    private String describe(long heldId) {
        return "held reload " + heldId + ": " + jdbi.withHandle(h -> HeldReloads.find(h, heldId))
                .map(r -> r.rows().stream().filter(HeldReloads.FileRows::drops)
                        .map(f -> f.file() + " " + f.before() + " → " + f.after()).collect(Collectors.joining(", ")))
                .orElse("(unknown)");
    }
}
