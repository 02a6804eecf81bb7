package com.perfdash.base.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The views and macros of the schema, as definitions rather than history: each metric family is one
 * repeatable file {@code db/views/NN_<family>.sql}, applied in the order of its number after the
 * versioned scripts ({@link SchemaMigrations}), so that the live definition of any metric is in exactly
 * one file.
 * <ul>
 * <li>A file is applied again when its content changes (its SHA-256 is kept in {@code schema_definition},
 * V015), and so is every file after it: a later file may read what an earlier one defines, and DuckDB
 * binds a view or macro when it is created. Every file is applied again after a versioned script ran,
 * since a table under a view may have changed.</li>
 * <li>Files only {@code CREATE OR REPLACE}; a file that defines a derived table (a store of a view's
 * rows) rebuilds it there, so the store follows its definition.</li>
 * <li>The files own every view and macro of the database: one that no file defines (left by an old
 * migration, or removed from its file) is dropped. A fresh database and one upgraded from any earlier
 * version therefore end with the same live definitions.</li>
 * </ul>
 */
public final class SchemaDefinitions {

    static final String LOCATION = "db/views/";
    private static final Pattern NAME = Pattern.compile("(\\d{2})_[a-z0-9_]+\\.sql");
    private static final Pattern DEFINES = Pattern.compile(
            "(?im)^\\s*CREATE\\s+OR\\s+REPLACE\\s+(VIEW|MACRO)\\s+([A-Za-z_][A-Za-z0-9_]*)");

    private SchemaDefinitions() {
    }

    /** A definition file found on the classpath. */
    record File(int order, String name, String sql, String sha256) {

        /** The views and macros this file defines, lower case. */
        Set<String> objects() {
            Set<String> names = new LinkedHashSet<>();
            Matcher m = DEFINES.matcher(sql);
            while (m.find()) {
                names.add(m.group(2).toLowerCase(Locale.ROOT));
            }
            return names;
        }
    }

    /**
     * Applies, on {@code h} (in its transaction), the first definition file whose content the database has
     * not recorded and every file after it, or every file when {@code all}; drops the views and macros no
     * file defines. Returns the names of the files applied, in order (empty when nothing changed).
     */
    public static List<String> apply(Handle h, boolean all) {
        List<File> files = files();
        Map<String, String> recorded = h.createQuery("SELECT file, sha256 FROM schema_definition")
                .map((rs, ctx) -> Map.entry(rs.getString("file"), rs.getString("sha256")))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Set<String> present = files.stream().map(File::name).collect(Collectors.toSet());
        boolean removed = recorded.keySet().stream().anyMatch(f -> !present.contains(f));
        int first = all || removed ? 0 : files.size();
        for (int i = 0; i < files.size() && first == files.size(); i++) {
            if (!files.get(i).sha256().equals(recorded.get(files.get(i).name()))) {
                first = i;
            }
        }
        if (first == files.size()) {
            return List.of();
        }
        dropUndefined(h, files.stream().flatMap(f -> f.objects().stream()).collect(Collectors.toSet()));
        List<String> applied = new ArrayList<>();
        for (File f : files.subList(first, files.size())) {
            try {
                h.createScript(f.sql()).execute();
            } catch (RuntimeException e) {
                throw new IllegalStateException("The definition file " + LOCATION + f.name() + " does not apply: " + e.getMessage(), e);
            }
            h.createUpdate("INSERT OR REPLACE INTO schema_definition (file, sha256, applied_at) VALUES (:f, :s, current_timestamp)")
                    .bind("f", f.name()).bind("s", f.sha256()).execute();
            applied.add(f.name());
        }
        h.createUpdate("DELETE FROM schema_definition WHERE NOT list_contains(:files, file)")
                .bindArray("files", String.class, present.toArray(String[]::new)).execute();
        return applied;
    }

    /** Drops every view and macro of the database's main schema that is not in {@code defined}. */
    private static void dropUndefined(Handle h, Set<String> defined) {
        List<String> views = h.createQuery("SELECT view_name FROM duckdb_views() WHERE NOT internal AND NOT temporary "
                + "AND schema_name = 'main' AND database_name = current_database()").mapTo(String.class).list();
        for (String v : views) {
            if (!defined.contains(v.toLowerCase(Locale.ROOT))) {
                h.execute("DROP VIEW IF EXISTS " + quoted(v));
            }
        }
        List<Map<String, Object>> macros = h.createQuery("SELECT DISTINCT function_name, function_type FROM duckdb_functions() "
                + "WHERE NOT internal AND function_type IN ('macro', 'table_macro') AND schema_name = 'main' "
                + "AND database_name = current_database()").mapToMap().list();
        for (Map<String, Object> m : macros) {
            String name = (String) m.get("function_name");
            if (!defined.contains(name.toLowerCase(Locale.ROOT))) {
                h.execute(("table_macro".equals(m.get("function_type")) ? "DROP MACRO TABLE IF EXISTS " : "DROP MACRO IF EXISTS ")
                        + quoted(name));
            }
        }
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** The definition files, in the order they are applied. */
    static List<File> files() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:" + LOCATION + "*.sql");
            List<File> files = new ArrayList<>();
            for (Resource r : resources) {
                Matcher m = NAME.matcher(r.getFilename());
                if (!m.matches()) {
                    throw new IllegalStateException("Definition file with a malformed name: " + r.getFilename()
                            + " (expected NN_<family>.sql)");
                }
                try (InputStream in = r.getInputStream()) {
                    String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    files.add(new File(Integer.parseInt(m.group(1)), r.getFilename(), sql, sha256(sql)));
                }
            }
            files.sort(Comparator.comparingInt(File::order));
            for (int i = 1; i < files.size(); i++) {
                if (files.get(i).order() == files.get(i - 1).order()) {
                    throw new IllegalStateException("Two definition files share the number " + files.get(i).order() + ": "
                            + files.get(i - 1).name() + ", " + files.get(i).name());
                }
            }
            return files;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the definition files", e);
        }
    }

    private static String sha256(String sql) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sql.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
