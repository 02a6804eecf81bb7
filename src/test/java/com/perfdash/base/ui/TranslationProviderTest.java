package com.perfdash.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TranslationProviderTest {

    private final TranslationProvider provider = new TranslationProvider();

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationProviderTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void chinese_is_the_default_language() {
        assertThat(provider.getProvidedLocales().get(0)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(provider.getTranslation("app.title", Locale.SIMPLIFIED_CHINESE)).isEqualTo("预算绩效自评分析");
        assertThat(provider.getTranslation("app.title", Locale.CHINESE)).isEqualTo("预算绩效自评分析");
    }

    @Test
    void chinese_is_served_even_when_the_machine_runs_in_english() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(provider.getTranslation("nav.data", Locale.SIMPLIFIED_CHINESE)).isEqualTo("数据概况");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void english_has_its_own_texts() {
        assertThat(provider.getTranslation("nav.data", Locale.ENGLISH)).isEqualTo("Data summary");
        assertThat(provider.getTranslation("nav.data", Locale.US)).isEqualTo("Data summary");
    }

    @Test
    void parameters_are_filled_in() {
        assertThat(provider.getTranslation("data.kpi.years.detail", Locale.SIMPLIFIED_CHINESE, 3)).isEqualTo("共 3 个年度");
    }

    @Test
    void a_missing_key_is_marked_not_hidden() {
        assertThat(provider.getTranslation("no.such.key", Locale.SIMPLIFIED_CHINESE)).isEqualTo("!no.such.key");
    }

    @Test
    void english_and_chinese_files_have_the_same_keys() throws IOException {
        assertThat(load("translations_en.properties").stringPropertyNames())
                .isEqualTo(load("translations.properties").stringPropertyNames());
    }
}
