package com.perfdash.units.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.perfdash.KaribuTestBase;
import com.perfdash.ingest.ReportMetricsStore;
import com.perfdash.ingest.UnitCategories;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.nio.file.Path;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 单位类别 control of the unit page on the real seed (its data states 党委部门): finance uses it, a leader never sees it. */
class UnitCategoryViewTest extends KaribuTestBase {

    private static final String SEED = "zz-hetang-qwbgs";

    @TempDir
    Path data;

    @BeforeEach
    void seedOnly() {
        loadOnlyTheSeed(data);
    }

    /** The shared context's database: no test after this one finds the seed set to another category. */
    @AfterEach
    void removeAssignments() {
        context.getBean(Jdbi.class).useTransaction(h -> {
            h.execute("DELETE FROM unit_category_assignment");
            UnitCategories.apply(h);
            ReportMetricsStore.refresh(h);
        });
    }

    @SuppressWarnings("unchecked")
    private static Select<String> categorySelect() {
        return _get(Select.class, spec -> spec.withClasses("unit-category-select"));
    }

    private static String meta() {
        return _get(Paragraph.class, spec -> spec.withClasses("page-intro")).getText();
    }

    @Test
    void finance_sets_the_category_and_the_page_says_who_set_it_and_what_the_data_says() {
        signInAs("finance");
        open("units/" + SEED);
        assertThat(meta()).startsWith("党委部门 · ");
        assertThat(categorySelect().getListDataView().getItems()).contains("事业单位", "党委部门").doesNotContain("未分类");
        assertThat(_get(Button.class, spec -> spec.withClasses("unit-category-save")).isEnabled()).isFalse();

        _setValue(categorySelect(), "事业单位");
        _click(_get(Button.class, spec -> spec.withClasses("unit-category-save")));

        NotificationsKt.expectNotifications("已将中共株洲市荷塘区委办公室的单位类别设为“事业单位”。");
        assertThat(meta()).startsWith("事业单位 · ");
        assertThat(categorySelect().getValue()).isEqualTo("事业单位");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("unit-category-assigned")).getText())
                .startsWith("单位类别“事业单位”由 finance 于 ").endsWith(" 设置；报告数据中为“党委部门”。");

        _click(_get(Button.class, spec -> spec.withClasses("unit-category-remove")));

        NotificationsKt.expectNotifications("已将中共株洲市荷塘区委办公室的单位类别设为“党委部门”。");
        assertThat(meta()).startsWith("党委部门 · ");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("unit-category-assigned"))).isEmpty();
    }

    @Test
    void a_leader_sees_who_set_the_category_but_not_the_control() {
        signInAs("finance");
        open("units/" + SEED);
        _setValue(categorySelect(), "街道/镇");
        _click(_get(Button.class, spec -> spec.withClasses("unit-category-save")));

        signInAs("leader");
        open("units/" + SEED);

        assertThat(meta()).startsWith("街道/镇 · ");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("unit-category-assigned"))).singleElement()
                .extracting(Paragraph::getText).asString().contains("由 finance 于");
        assertThat(_find(Select.class, spec -> spec.withClasses("unit-category-select"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withClasses("unit-category-save"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withClasses("unit-category-remove"))).isEmpty();
    }
}
