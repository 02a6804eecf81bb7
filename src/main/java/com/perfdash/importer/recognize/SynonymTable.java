package com.perfdash.importer.recognize;

import com.perfdash.importer.WorkbookLayout;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The synonym table ({@code recognize/synonyms.csv}): which field a header, label or funds row means in
 * the words units really print. One line per synonym, so a province's wording is a line of data, not code.
 */
public final class SynonymTable {

    static final String RESOURCE = "/recognize/synonyms.csv";
    /**
     * A synonym starting with this names every cell that ends with the rest ("…预算单位名称": 一级, 二级 or
     * 三级预算单位名称, and a copy that lost the level's first character, 级预算单位名称).
     */
    static final String ANY_START = "…";
    private static final Pattern BRACKETED_TAIL = Pattern.compile("(\\([^()]*\\))+$");

    private static final SynonymTable STANDARD = load();

    /** field → normalized synonyms, in file order. */
    private final Map<String, List<String>> byField;

    SynonymTable(Map<String, List<String>> byField) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        byField.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.byField = Collections.unmodifiableMap(copy);
    }

    /** The table shipped with the app. */
    public static SynonymTable standard() {
        return STANDARD;
    }

    private static SynonymTable load() {
        try (InputStream in = SynonymTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SynonymTable parse(List<String> lines) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        int n = 0;
        for (String line : lines) {
            n++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#") || l.equals("field,synonym")) {
                continue;
            }
            int comma = l.indexOf(',');
            if (comma <= 0 || comma == l.length() - 1) {
                throw new IllegalStateException(RESOURCE + " line " + n + ": expected field,synonym but found " + l);
            }
            String synonym = l.substring(comma + 1).strip();
            boolean anyStart = synonym.startsWith(ANY_START) && synonym.length() > ANY_START.length();
            String normalized = WorkbookLayout.normalize(anyStart ? synonym.substring(ANY_START.length()) : synonym);
            byField.computeIfAbsent(l.substring(0, comma).strip(), k -> new ArrayList<>())
                    .add(anyStart ? ANY_START + normalized : normalized);
        }
        return new SynonymTable(byField);
    }

    /** A field's own word: its first synonym in the table (our template's header, e.g. 全年预算数), or the field's name. */
    public String name(String field) {
        List<String> s = synonyms(field);
        return s.isEmpty() ? field : s.get(0);
    }

    /** The synonyms of a field, normalized. */
    public List<String> synonyms(String field) {
        return byField.getOrDefault(field, List.of());
    }

    /**
     * Which of {@code fields} the text names, trying the fields in order: an exact synonym first, then the
     * text without a bracketed tail ("全年执行数(B)", "分值(10分)"), then the synonyms that name any start
     * ({@link #ANY_START}) against the text's end; null when none.
     */
    public String match(String text, List<String> fields) {
        String t = WorkbookLayout.normalize(text);
        if (t.isEmpty()) {
            return null;
        }
        for (String f : fields) {
            if (synonyms(f).contains(t)) {
                return f;
            }
        }
        String stem = BRACKETED_TAIL.matcher(t).replaceAll("");
        if (!stem.isEmpty() && !stem.equals(t)) {
            for (String f : fields) {
                for (String s : synonyms(f)) {
                    if (s.equals(stem) || BRACKETED_TAIL.matcher(s).replaceAll("").equals(stem)) {
                        return f;
                    }
                }
            }
        }
        for (String f : fields) {
            for (String s : synonyms(f)) {
                if (s.length() > ANY_START.length() && s.startsWith(ANY_START) && t.endsWith(s.substring(ANY_START.length()))) {
                    return f;
                }
            }
        }
        return null;
    }

    /** Whether the text is one of the field's synonyms as written (not only once its bracketed tail is dropped). */
    public boolean exact(String text, String field) {
        return synonyms(field).contains(WorkbookLayout.normalize(text));
    }

    /**
     * The kind of a funds row from its label as printed ("其中:本年财政拨款" → appropriation, "年度资金总额:" →
     * total): the label without 其中: and anything from a colon on, matched against the {@code funds_row.*}
     * synonyms; null when it names no kind.
     */
    public String fundsRowKind(String printed) {
        String l = WorkbookLayout.normalize(printed);
        if (l.startsWith("其中:")) {
            l = l.substring(3);
        }
        int colon = l.indexOf(':');
        if (colon >= 0) {
            l = l.substring(0, colon);
        }
        if (l.isEmpty()) {
            return null;
        }
        String f = match(l, fields("funds_row"));
        return f == null ? null : f.substring("funds_row.".length());
    }

    /** The fields of one block: those named {@code prefix.*}, in file order. */
    public List<String> fields(String prefix) {
        return byField.keySet().stream().filter(f -> f.startsWith(prefix + ".")).toList();
    }
}
