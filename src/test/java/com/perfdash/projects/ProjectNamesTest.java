package com.perfdash.projects;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.TestDatabase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProjectNamesTest {

    /** Names as reports write them, including the awkward ones. */
    static final List<String> NAMES = List.of(
            "2020年省级自然资源卫片执法补助经费",
            "2021年省级自然资源卫片执法补助经费",
            "2021年 省级自然资源卫片执法补助经费",
            "２０２２年省级自然资源卫片执法补助经费",
            "2022年度省级自然资源卫片执法补助经费",
            "省级自然资源卫片执法补助经费（2019-2020年）",
            "《荷塘年鉴》编纂发行项目",
            "荷塘年鉴 编纂发行项目",
            "区委外事、港澳、对台项目",
            "地质灾害防治（2022年度）",
            "地质灾害防治(2023年度)",
            "“三供一业”维修改造补助",
            "\"三供一业\"维修改造补助",
            "ＰＰＰ项目运营补贴",
            "PPP项目运营补贴",
            "民主监督",
            "民主监督经费",
            "2000亩高标准农田建设",
            "5G基站建设补助",
            "乡村振兴——衔接资金\u3000（第二批）",
            "2021年",
            "",
            "——");

    private static TestDatabase db;

    @BeforeAll
    static void open() {
        db = new TestDatabase();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void the_same_project_of_two_years_gets_the_same_key() {
        assertThat(ProjectNames.normalise("2020年省级自然资源卫片执法补助经费"))
                .isEqualTo(ProjectNames.normalise("2021年省级自然资源卫片执法补助经费"))
                .isEqualTo("省级自然资源卫片执法补助经费");
    }

    @Test
    void spaces_full_width_digits_and_the_year_suffix_度_do_not_matter() {
        assertThat(ProjectNames.normalise("2021年 省级自然资源卫片执法补助经费")).isEqualTo("省级自然资源卫片执法补助经费");
        assertThat(ProjectNames.normalise("２０２２年省级自然资源卫片执法补助经费")).isEqualTo("省级自然资源卫片执法补助经费");
        assertThat(ProjectNames.normalise("2022年度省级自然资源卫片执法补助经费")).isEqualTo("省级自然资源卫片执法补助经费");
        assertThat(ProjectNames.normalise("省级自然资源卫片执法补助经费（2019-2020年）")).isEqualTo("省级自然资源卫片执法补助经费");
    }

    @Test
    void punctuation_full_or_half_width_does_not_matter() {
        assertThat(ProjectNames.normalise("《荷塘年鉴》编纂发行项目")).isEqualTo(ProjectNames.normalise("荷塘年鉴 编纂发行项目"))
                .isEqualTo("荷塘年鉴编纂发行项目");
        assertThat(ProjectNames.normalise("地质灾害防治（2022年度）")).isEqualTo(ProjectNames.normalise("地质灾害防治(2023年度)"))
                .isEqualTo("地质灾害防治");
        assertThat(ProjectNames.normalise("“三供一业”维修改造补助")).isEqualTo(ProjectNames.normalise("\"三供一业\"维修改造补助"));
        assertThat(ProjectNames.normalise("ＰＰＰ项目运营补贴")).isEqualTo(ProjectNames.normalise("PPP项目运营补贴"))
                .isEqualTo("ppp项目运营补贴");
        assertThat(ProjectNames.normalise("乡村振兴——衔接资金\u3000（第二批）")).isEqualTo("乡村振兴衔接资金第二批");
    }

    @Test
    void different_projects_keep_different_keys() {
        assertThat(ProjectNames.normalise("民主监督")).isNotEqualTo(ProjectNames.normalise("民主监督经费"));
        assertThat(ProjectNames.normalise("2020年省级自然资源卫片执法补助经费"))
                .isNotEqualTo(ProjectNames.normalise("2020年省级自然资源执法补助经费"));
        assertThat(ProjectNames.normalise("区委党史项目")).isNotEqualTo(ProjectNames.normalise("区委财经项目"));
    }

    @Test
    void numbers_that_are_not_years_are_kept() {
        assertThat(ProjectNames.normalise("2000亩高标准农田建设")).isEqualTo("2000亩高标准农田建设");
        assertThat(ProjectNames.normalise("5G基站建设补助")).isEqualTo("5g基站建设补助");
    }

    @Test
    void a_name_of_only_a_year_and_punctuation_has_an_empty_key() {
        assertThat(ProjectNames.normalise("2021年")).isEmpty();
        assertThat(ProjectNames.normalise("——")).isEmpty();
        assertThat(ProjectNames.normalise(null)).isEmpty();
    }

    @Test
    void the_java_function_and_the_duckdb_macro_agree_on_every_name() {
        List<String> names = new ArrayList<>(NAMES);
        names.addAll(Arrays.asList("Ⅱ期工程", "①号线", "¥补助", "A+B项目", "a_b-c", "tab\there", "Ａｂｃ　ＤＥＦ"));
        List<String> sql = db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT project_key(n) FROM unnest(:names) WITH ORDINALITY AS t(n, i) ORDER BY i")
                .bind("names", names.toArray(String[]::new)).mapTo(String.class).list());

        assertThat(sql).containsExactlyElementsOf(names.stream().map(ProjectNames::normalise).toList());
    }

    @Test
    void the_macro_gives_an_empty_key_for_null() {
        String key = db.jdbi().withHandle(h -> h.createQuery("SELECT project_key(NULL)").mapTo(String.class).one());

        assertThat(key).isEmpty();
    }
}
