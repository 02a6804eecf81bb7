package com.perfdash.projects;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one key of a project's name (the macro project_key, db/views/06_project_key.sql) and the one rule
 * that says a listed project and a table are the same project (same_project), as every page and review
 * rule reads them.
 */
class ProjectKeyTest {

    private static TestDatabase db;

    @BeforeAll
    static void open() {
        db = new TestDatabase();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static String key(String name) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT project_key(:n)").bind("n", name).mapTo(String.class).one());
    }

    private static boolean same(String a, String b) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT same_project(project_key(:a), project_key(:b))")
                .bind("a", a).bind("b", b).mapTo(Boolean.class).one());
    }

    @Test
    void the_same_project_of_two_years_gets_the_same_key() {
        assertThat(key("2020年省级自然资源卫片执法补助经费")).isEqualTo(key("2021年省级自然资源卫片执法补助经费"))
                .isEqualTo("省级自然资源卫片执法");
    }

    @Test
    void spaces_full_width_digits_and_the_year_suffix_度_do_not_matter() {
        assertThat(key("2021年 省级自然资源卫片执法补助经费")).isEqualTo("省级自然资源卫片执法");
        assertThat(key("２０２２年省级自然资源卫片执法补助经费")).isEqualTo("省级自然资源卫片执法");
        assertThat(key("2022年度省级自然资源卫片执法补助经费")).isEqualTo("省级自然资源卫片执法");
        assertThat(key("省级自然资源卫片执法补助经费（2019-2020年）")).isEqualTo("省级自然资源卫片执法");
    }

    @Test
    void punctuation_full_or_half_width_does_not_matter() {
        assertThat(key("《荷塘年鉴》编纂发行项目")).isEqualTo(key("荷塘年鉴 编纂发行项目")).isEqualTo("荷塘年鉴编纂发行");
        assertThat(key("地质灾害防治（2022年度）")).isEqualTo(key("地质灾害防治(2023年度)")).isEqualTo("地质灾害防治");
        assertThat(key("“三供一业”维修改造补助")).isEqualTo(key("\"三供一业\"维修改造补助")).isEqualTo("三供一业维修改造补助");
        assertThat(key("ＰＰＰ项目运营补贴")).isEqualTo(key("PPP项目运营补贴")).isEqualTo("ppp项目运营补贴");
        assertThat(key("乡村振兴——衔接资金\u3000（第二批）")).isEqualTo("乡村振兴衔接资金第二批");
        assertThat(key("Ａｂｃ　ＤＥＦ")).isEqualTo("abcdef");
    }

    @Test
    void the_generic_endings_a_unit_adds_or_drops_do_not_matter() {
        // the seed's text lists 区委党史项目; a table of the same project is headed 区委党史专项经费
        assertThat(key("区委党史项目")).isEqualTo(key("区委党史专项经费")).isEqualTo(key("区委党史工作经费")).isEqualTo("区委党史");
        assertThat(key("民主监督")).isEqualTo(key("民主监督经费")).isEqualTo("民主监督");
        assertThat(key("区委中心工作")).isEqualTo("区委中心");
    }

    @Test
    void a_key_is_its_own_key_so_an_older_address_still_finds_its_project() {
        for (String name : List.of("区委中心工作项目", "2020年省级自然资源卫片执法补助经费", "培训经费项目", "《荷塘年鉴》编纂发行项目", "省级自然资源卫片执法补助经费")) {
            assertThat(key(key(name))).as(name).isEqualTo(key(name));
        }
        assertThat(key("区委中心工作项目")).isEqualTo("区委中心");
    }

    @Test
    void different_projects_keep_different_keys() {
        assertThat(key("2020年省级自然资源卫片执法补助经费")).isNotEqualTo(key("2020年省级自然资源执法补助经费"));
        assertThat(key("区委党史项目")).isNotEqualTo(key("区委财经项目"));
        assertThat(key("项目管理")).as("an ending only at the end").isEqualTo("项目管理");
    }

    @Test
    void numbers_that_are_not_years_are_kept() {
        assertThat(key("2000亩高标准农田建设")).isEqualTo("2000亩高标准农田建设");
        assertThat(key("5G基站建设补助")).isEqualTo("5g基站建设补助");
    }

    @Test
    void a_name_of_only_a_year_punctuation_or_an_ending_has_an_empty_key() {
        assertThat(key("2021年")).isEmpty();
        assertThat(key("——")).isEmpty();
        assertThat(key("经费")).isEmpty();
        assertThat(key(null)).isEmpty();
    }

    @Test
    void within_a_report_one_key_containing_the_other_is_the_same_project() {
        assertThat(same("区委中心项目", "区委中心宣传专项经费")).isTrue();
        assertThat(same("区委党史项目", "区委党史专项经费")).isTrue();
        assertThat(same("区委党史项目", "区委财经项目")).isFalse();
        assertThat(same("党项目", "党史")).as("keys shorter than two characters match nothing").isFalse();
        assertThat(same("", "")).isFalse();
    }
}
