package com.perfdash.base.text;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * A sentence kept in Chinese and English ({@link MessageFormat} patterns), told in a reader's language:
 * English when the locale's language is English, Chinese otherwise (and for no locale).
 */
public final class Bilingual {

    private Bilingual() {
    }

    /** Whether {@code locale} asks for English. */
    public static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    /** The pattern of the locale's language, formatted with {@code args}. */
    public static String format(Locale locale, String zh, String en, Object... args) {
        boolean english = english(locale);
        return new MessageFormat(english ? en : zh, english ? Locale.ENGLISH : Locale.CHINESE).format(args);
    }
}
