package com.perfdash.review;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a rule's message template with a finding's evidence. An evidence key may come in two
 * languages ({@code reading_zh}, {@code reading_en}) for words a check chose; figures and texts
 * quoted from the report are the same in both.
 */
public final class FindingMessages {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z0-9_]+)(?::([a-z]+))?}");

    private FindingMessages() {
    }

    public static boolean isChinese(Locale locale) {
        return locale == null || "zh".equals(locale.getLanguage());
    }

    public static String render(ReviewRule rule, Map<String, String> evidence, Locale locale) {
        boolean zh = isChinese(locale);
        String template = zh ? rule.messageZh() : rule.messageEn();
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = value(evidence, m.group(1), zh);
            m.appendReplacement(out, Matcher.quoteReplacement(format(value, m.group(2), zh)));
        }
        m.appendTail(out);
        if (!zh && !out.isEmpty()) {
            out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
        }
        return out.toString();
    }

    private static String value(Map<String, String> evidence, String key, boolean zh) {
        String localized = evidence.get(key + (zh ? "_zh" : "_en"));
        return localized != null ? localized : evidence.get(key);
    }

    private static String format(String value, String kind, boolean zh) {
        if (kind == null) {
            return value == null ? (zh ? "未填" : "not stated") : value;
        }
        return switch (kind) {
            case "field" -> FieldLabels.label(value, zh);
            case "table" -> tableName(value, zh);
            case "at" -> value == null ? "" : tableName(value, zh) + (zh ? "·" : ", ");
            default -> throw new IllegalArgumentException("Unknown placeholder format " + kind);
        };
    }

    /** 整体支出表 for table 0, 项目表 n for a project table. */
    static String tableName(String tableNo, boolean zh) {
        if (tableNo == null) {
            return zh ? "报告" : "report";
        }
        if ("0".equals(tableNo)) {
            return zh ? "整体支出表" : "whole-unit table";
        }
        return zh ? "项目表 " + tableNo : "project table " + tableNo;
    }
}
