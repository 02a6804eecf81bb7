package com.perfdash.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The baseline of the query benchmark: a query's own SQL file, run over plain JDBC with no Jdbi, no
 * mapping to records and no service around it. The text is turned into JDBC's form the way Jdbi does
 * it: {@code <name>} is replaced by its defined text (a collection becomes one {@code ?} per element),
 * {@code :name} becomes {@code ?} bound to the named value; comments and quoted text are left alone.
 */
final class PlainJdbc {

    private final String sql;
    private final List<String> names;

    private PlainJdbc(String sql, List<String> names) {
        this.sql = sql;
        this.names = names;
    }

    /** The SQL of {@code <Interface>/<method>.sql} next to {@code queries} on the classpath. */
    static String resource(Class<?> queries, String method) {
        String path = queries.getName().replace('.', '/') + "/" + method + ".sql";
        try (InputStream in = PlainJdbc.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No SQL resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Prepares the text: {@code defines} replace {@code <name>} (a Collection value expands to one
     * parameter per element, named name#0, name#1 ...); every {@code :name} becomes a parameter.
     */
    static PlainJdbc of(String text, Map<String, Object> defines) {
        StringBuilder out = new StringBuilder();
        List<String> names = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
                int end = text.indexOf('\n', i);
                end = end < 0 ? n : end;
                i = end; // drop the comment, keep the line break
            } else if (c == '\'' || c == '"') {
                int end = i + 1;
                while (end < n && !(text.charAt(end) == c && (end + 1 >= n || text.charAt(end + 1) != c))) {
                    end += text.charAt(end) == c ? 2 : 1;
                }
                out.append(text, i, Math.min(n, end + 1));
                i = end + 1;
            } else if (c == ':' && i + 1 < n && text.charAt(i + 1) == ':') {
                out.append("::");
                i += 2;
            } else if (c == ':' && i + 1 < n && Character.isJavaIdentifierStart(text.charAt(i + 1))) {
                int end = i + 1;
                while (end < n && Character.isJavaIdentifierPart(text.charAt(end))) {
                    end++;
                }
                names.add(text.substring(i + 1, end));
                out.append('?');
                i = end;
            } else if (c == '<' && i + 1 < n && Character.isJavaIdentifierStart(text.charAt(i + 1))) {
                int end = i + 1;
                while (end < n && Character.isJavaIdentifierPart(text.charAt(end))) {
                    end++;
                }
                String name = text.substring(i + 1, end);
                if (end < n && text.charAt(end) == '>' && defines.containsKey(name)) {
                    Object value = defines.get(name);
                    if (value instanceof Collection<?> list) {
                        List<String> marks = new ArrayList<>();
                        for (int k = 0; k < list.size(); k++) {
                            names.add(name + "#" + k);
                            marks.add("?");
                        }
                        out.append(String.join(", ", marks));
                    } else {
                        out.append(value);
                    }
                    i = end + 1;
                } else {
                    out.append(c);
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return new PlainJdbc(out.toString(), names);
    }

    String sql() {
        return sql;
    }

    /**
     * Runs the statement on {@code connection} with the named values (collections given to
     * {@link #of} as defines are expanded by index), reads every column of every row, and returns
     * the row count.
     */
    int run(Connection connection, Map<String, Object> values) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            for (int k = 0; k < names.size(); k++) {
                st.setObject(k + 1, value(connection, values, names.get(k)));
            }
            int rows = 0;
            try (ResultSet rs = st.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int col = 1; col <= columns; col++) {
                        rs.getObject(col);
                    }
                    rows++;
                }
            }
            return rows;
        }
    }

    /** Runs and returns every row as column label (lower case) to value, for the next query of a page. */
    List<Map<String, Object>> rows(Connection connection, Map<String, Object> values) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            for (int k = 0; k < names.size(); k++) {
                st.setObject(k + 1, value(connection, values, names.get(k)));
            }
            List<Map<String, Object>> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                var meta = rs.getMetaData();
                int columns = meta.getColumnCount();
                while (rs.next()) {
                    Map<String, Object> row = new java.util.HashMap<>();
                    for (int col = 1; col <= columns; col++) {
                        row.put(meta.getColumnLabel(col).toLowerCase(java.util.Locale.ROOT), rs.getObject(col));
                    }
                    out.add(row);
                }
            }
            return out;
        }
    }

    private static Object value(Connection connection, Map<String, Object> values, String name) throws SQLException {
        int hash = name.indexOf('#');
        if (hash >= 0) {
            List<?> list = List.copyOf((Collection<?>) values.get(name.substring(0, hash)));
            return list.get(Integer.parseInt(name.substring(hash + 1)));
        }
        if (!values.containsKey(name)) {
            throw new IllegalArgumentException("No value for :" + name + " in " + values.keySet());
        }
        Object v = values.get(name);
        if (v instanceof String[] array) {
            Array sqlArray = connection.createArrayOf("VARCHAR", array);
            return sqlArray;
        }
        return v;
    }

    @Override
    public String toString() {
        return sql.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining(" "));
    }
}
