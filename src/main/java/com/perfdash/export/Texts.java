package com.perfdash.export;

import com.perfdash.base.ui.Translation;
import com.perfdash.base.ui.TranslationProvider;
import java.util.Locale;

/**
 * Translated texts for documents: a view passes {@code this::getTranslation}, the batch and the tests
 * take the bundle directly. Parameters are MessageFormat parameters; pass years as strings.
 */
@FunctionalInterface
public interface Texts extends Translation {

    @Override
    String get(String key, Object... params);

    /** The app's texts in {@code locale}, without a Vaadin session. */
    static Texts of(Locale locale) {
        TranslationProvider provider = new TranslationProvider();
        return (key, params) -> provider.getTranslation(key, locale, params);
    }
}
