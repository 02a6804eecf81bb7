package com.perfdash.base.ui;

/**
 * A translated text: a key and its MessageFormat parameters in, the text in the user's language out. A
 * view passes {@code this::getTranslation}; code without a view passes the bundle of a locale. Base code
 * that needs words (a unit, a note) takes one, so that it never reaches a feature's texts itself.
 */
@FunctionalInterface
public interface Translation {

    String get(String key, Object... params);
}
