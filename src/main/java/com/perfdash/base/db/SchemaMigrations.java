package com.perfdash.base.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Applies the versioned scripts {@code db/migration/V<n>__<name>.sql} in order, each once, and
 * records them in {@code schema_version}; then the definition files of the views and macros
 * ({@link SchemaDefinitions}). A database is never changed by hand: a new column is a new script, a
 * changed view or macro a change of its definition file. A script is applied when its version is not
 * recorded yet, even if a higher version is: work on parallel branches takes version numbers out of
 * order. The versioned scripts up to V014 also created views and macros; those are history, replaced
 * by the definition files (a new versioned script defines tables and data only).
 */
public final class SchemaMigrations {

    private static final Pattern NAME = Pattern.compile("V(\\d+)__(.+)\\.sql");

    private SchemaMigrations() {
    }

    /** A script found on the classpath. */
    record Script(int version, String name, String sql) {
    }

    /**
     * Applies every script the database has not recorded yet, lowest version first, then the definition
     * files that changed (all of them when a script ran); returns how many scripts ran.
     */
    public static int migrate(Jdbi jdbi) {
        return jdbi.inTransaction(h -> {
            int applied = migrateVersioned(h);
            SchemaDefinitions.apply(h, applied > 0);
            return applied;
        });
    }

    /** The versioned scripts only, on {@code h}. */
    static int migrateVersioned(Handle h) {
        return migrateVersioned(h, Integer.MAX_VALUE);
    }

    /** The versioned scripts up to {@code lastVersion} only, on {@code h}: what a database of that version had. */
    static int migrateVersioned(Handle h, int lastVersion) {
        h.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, "
                + "applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)");
        Set<Integer> done = new HashSet<>(h.createQuery("SELECT version FROM schema_version").mapTo(Integer.class).list());
        int applied = 0;
        for (Script s : scripts()) {
            if (done.contains(s.version()) || s.version() > lastVersion) {
                continue;
            }
            h.createScript(s.sql()).execute();
            h.createUpdate("INSERT INTO schema_version (version, name) VALUES (:v, :n)")
                    .bind("v", s.version()).bind("n", s.name()).execute();
            applied++;
        }
        return applied;
    }

    static List<Script> scripts() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/V*.sql");
            List<Script> scripts = new ArrayList<>();
            for (Resource r : resources) {
                Matcher m = NAME.matcher(r.getFilename());
                if (!m.matches()) {
                    throw new IllegalStateException("Migration script with a malformed name: " + r.getFilename());
                }
                try (InputStream in = r.getInputStream()) {
                    scripts.add(new Script(Integer.parseInt(m.group(1)), m.group(2), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
            scripts.sort(Comparator.comparingInt(Script::version));
            for (int i = 1; i < scripts.size(); i++) {
                if (scripts.get(i).version() == scripts.get(i - 1).version()) {
                    throw new IllegalStateException("Two migration scripts share version " + scripts.get(i).version());
                }
            }
            return scripts;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the migration scripts", e);
        }
    }
}
