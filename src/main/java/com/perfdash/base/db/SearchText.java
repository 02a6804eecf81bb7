package com.perfdash.base.db;

/**
 * What a user types to narrow a list, as the pattern of a SQL {@code ILIKE … ESCAPE '!'}: the text
 * anywhere in the value, case-insensitive, with {@code %}, {@code _} and {@code !} taken literally.
 * The SQL reads {@code (CAST(:pattern AS VARCHAR) IS NULL OR name ILIKE :pattern ESCAPE '!')}; the
 * escape is not a backslash, which Jdbi's statement parser reads as escaping the closing quote.
 */
public final class SearchText {

    private SearchText() {
    }

    /** The pattern for {@code text}; null (no narrowing) when it is null or blank. */
    public static String containsPattern(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        StringBuilder p = new StringBuilder(s.length() + 2).append('%');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' || c == '_' || c == '!') {
                p.append('!');
            }
            p.append(c);
        }
        return p.append('%').toString();
    }
}
