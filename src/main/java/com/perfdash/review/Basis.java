package com.perfdash.review;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * 口径: which figures a view shows — as the reports state them (自评（原文）), or with finance's review
 * applied (复核后: accepted corrections, 复核得分; report_metrics_reviewed, db/views/03_report_metrics.sql).
 */
public enum Basis {
    STATED,
    REVIEWED;

    /** As the SQL macros take it (p_basis) and the addresses write it: stated, reviewed. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The address parameter every view reads and every link writes: {@code ?basis=reviewed}. */
    public static final String PARAMETER = "basis";

    public String labelKey() {
        return "basis." + code();
    }

    /**
     * What a chart title, key figure or heading appends to say its 口径: "（口径：复核后）". {@code text} is the
     * view's translation ({@code getTranslation}) or a document's.
     */
    public String shown(java.util.function.Function<String, String> text) {
        return text.apply("basis.shown").replace("{0}", text.apply(labelKey()));
    }

    /**
     * What a downloaded file's name appends to say its 口径: nothing for the figures as stated, "-复核后" for
     * the reviewed ones. {@code text} as in {@link #shown}.
     */
    public String fileNameSuffix(java.util.function.Function<String, String> text) {
        return this == REVIEWED ? "-" + text.apply(labelKey()) : "";
    }

    /** The other 口径: reviewed for stated, stated for reviewed. */
    public Basis other() {
        return this == STATED ? REVIEWED : STATED;
    }

    /** The basis an address names ({@link #PARAMETER}), if it names one. */
    public static Optional<Basis> fromQuery(Map<String, List<String>> query) {
        List<String> values = query == null ? null : query.get(PARAMETER);
        return values == null || values.isEmpty() ? Optional.empty() : byCode(values.get(0));
    }

    /** The address parameter for this basis, {@code basis=reviewed}, to append to a link. */
    public String queryPart() {
        return PARAMETER + "=" + code();
    }

    public static Optional<Basis> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Basis b : values()) {
            if (b.code().equalsIgnoreCase(code.trim())) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }
}
