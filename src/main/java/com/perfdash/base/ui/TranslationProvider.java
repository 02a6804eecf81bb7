package com.perfdash.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The UI texts, from {@code vaadin-i18n/translations*.properties}: the file without a language suffix is
 * Chinese and serves every locale that has no file of its own; {@code translations_en} is English.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final Logger LOG = LoggerFactory.getLogger(TranslationProvider.class);
    private static final String BUNDLE = "vaadin-i18n.translations";
    // Without this, a JVM whose default locale is English would answer a Chinese request from the
    // English file, because ResourceBundle falls back to the default locale before the base file.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(CHINESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale l = locale == null ? CHINESE : locale;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, l, TranslationProvider.class.getClassLoader(), NO_FALLBACK);
        if (key == null || !bundle.containsKey(key)) {
            LOG.warn("No translation for key '{}' in locale {}", key, l);
            return "!" + key;
        }
        String text = bundle.getString(key);
        return params.length == 0 ? text : new MessageFormat(text, l).format(params);
    }
}
