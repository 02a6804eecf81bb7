package com.perfdash.projects;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key that links a unit's projects from year to year. Reports write the same project with the
 * year in front ("2020年省级自然资源卫片执法补助经费", next year "2021年…"), with other spacing or
 * punctuation, in full-width or half-width characters; the key is the name without all of that:
 * <ol>
 * <li>full-width digits and Latin letters (０–９, Ａ–Ｚ, ａ–ｚ) become half-width;</li>
 * <li>every space, punctuation mark and symbol is removed (Unicode categories P, S, Z and control
 * characters): 《》“”、，（）— · and their half-width forms alike;</li>
 * <li>years written as "2020年", "2020年度" or "2019-2020年" are removed, wherever they stand;</li>
 * <li>Latin letters become lower case.</li>
 * </ol>
 * Nothing else is guessed: "民主监督" and "民主监督经费" stay two projects. The DuckDB macro
 * {@code project_key(name)} (db/views/06_project_key.sql) is the same function, so that queries can group by it; a
 * test runs both on the same names.
 */
public final class ProjectNames {

    private static final Pattern NOISE = Pattern.compile("[\\p{P}\\p{S}\\p{Z}\\p{Cc}]+");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)[0-9]{2}(?:(?:19|20)[0-9]{2})?年度?");

    private ProjectNames() {
    }

    /** The linking key of a project name; "" for null or a name that is only a year and punctuation. */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String s = NOISE.matcher(halfWidth(name)).replaceAll("");
        s = YEAR.matcher(s).replaceAll("");
        return s.toLowerCase(Locale.ROOT);
    }

    private static String halfWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean fullWidth = (c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ');
            b.append(fullWidth ? (char) (c - 0xFEE0) : c);
        }
        return b.toString();
    }
}
