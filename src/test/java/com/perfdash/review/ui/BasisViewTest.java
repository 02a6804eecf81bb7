package com.perfdash.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.KaribuTestBase;
import com.perfdash.base.ui.KpiCard;
import com.perfdash.review.Basis;
import com.perfdash.review.ReviewDecisions;
import com.perfdash.review.ReviewStatus;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The 口径 choice on the views over the shipped data (seed and demo district): 自评（原文） while nobody has
 * reviewed anything, 复核后 by default once finance has; the address names it (?basis=…) and wins.
 * Under 复核后 the demo's 2018 project budget written in 元 (qh-nanhu-jd, #4, 1,510,000.00) is left out:
 * the 2018 project funding is 1,526,671.32 万元 as stated and 16,671.32 万元 reviewed.
 */
class BasisViewTest extends KaribuTestBase {

    @Autowired
    Jdbi jdbi;

    /** The shipped data, loaded by the app's own loader: other view tests share this database. */
    @BeforeEach
    void loadShipped() {
        loadShippedData();
    }

    @AfterEach
    void noReviews() {
        removeAllReviews();
    }

    private void reviewSomething() {
        signInAs("finance");
        context.getBean(ReviewDecisions.class).setStatus("qh-quweiban", 2016, ReviewStatus.IN_REVIEW, null, null);
        signInAs(DEFAULT_USER);
    }

    @SuppressWarnings("unchecked")
    private static Basis shownBasis() {
        return ((Select<Basis>) _get(Select.class, spec -> spec.withClasses("filter-basis"))).getValue();
    }

    private static String card(String name) {
        return _get(KpiCard.class, spec -> spec.withClasses(name)).getValue();
    }

    private static String cardDetail(String name) {
        return _get(KpiCard.class, spec -> spec.withClasses(name)).getChildren()
                .filter(c -> c.hasClassName("kpi-detail")).findFirst().map(c -> c.getElement().getText()).orElse(null);
    }

    /**
     * qh-nanhu-jd 2018 lists five projects with budgets 235.00 + 690.00 + 83.00 + 1,510,000.00 (#4, 元 written
     * as 万元) + 200.00 = 1,511,208.00 万元 as stated, 1,208.00 without #4; its whole-unit table states
     * 全年执行数 5,117.45 of 全年预算数 5,553.74 万元.
     */
    @Test
    void the_report_page_shows_its_key_figures_under_the_口径_and_the_other_one_beside_where_they_differ() {
        open("units/qh-nanhu-jd/2018");
        assertThat(shownBasis()).isEqualTo(Basis.STATED);
        assertThat(card("kpi-projects")).isEqualTo("1,511,208.00");
        assertThat(cardDetail("kpi-projects")).isEqualTo("共 5 个项目；复核后：1,208.00");
        assertThat(card("kpi-executed")).isEqualTo("5,117.45");
        assertThat(cardDetail("kpi-executed")).isNull();

        signInAs("finance");
        context.getBean(ReviewDecisions.class).correct("qh-nanhu-jd", 2018, "f0-total:executed", "correction",
                new java.math.BigDecimal("5200.00"), "按决算更正全年执行数", java.util.List.of());
        open("units/qh-nanhu-jd/2018");
        assertThat(shownBasis()).isEqualTo(Basis.REVIEWED);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("kpi-basis")).getText()).isEqualTo("关键数字（口径：复核后）");
        assertThat(card("kpi-executed")).isEqualTo("5,200.00");
        assertThat(cardDetail("kpi-executed")).isEqualTo("自评（原文）：5,117.45");
        assertThat(card("kpi-projects")).isEqualTo("1,208.00");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("basis-left-out")).getText()).contains("1 项");
        assertThat(_get(Anchor.class, spec -> spec.withText("← 2017 年度")).getHref()).endsWith("?basis=reviewed");

        open("units/qh-nanhu-jd/2018?basis=stated");
        assertThat(card("kpi-executed")).isEqualTo("5,117.45");
        assertThat(cardDetail("kpi-executed")).isEqualTo("复核后：5,200.00");
    }

    @Test
    void the_overview_shows_the_stated_figures_while_nothing_is_reviewed() {
        open("?year=2018");
        assertThat(shownBasis()).isEqualTo(Basis.STATED);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("overview-report-count")).getText()).endsWith("（口径：自评（原文））");
        assertThat(card("projectFunding")).isEqualTo("1,526,671.32");
    }

    @Test
    void once_finance_has_reviewed_the_overview_defaults_to_复核后_and_leaves_the_元_amount_out() {
        reviewSomething();
        open("?year=2018");
        assertThat(shownBasis()).isEqualTo(Basis.REVIEWED);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("overview-report-count")).getText()).endsWith("（口径：复核后）");
        assertThat(card("projectFunding")).isEqualTo("16,671.32");
        Anchor leftOut = _get(Anchor.class, spec -> spec.withClasses("basis-left-out"));
        assertThat(leftOut.getText()).contains("1 项");
        assertThat(leftOut.getHref()).startsWith("review?").contains("rule=UNIT_TEN_THOUSAND").contains("year=2018");

        open("?year=2018&basis=stated");
        assertThat(shownBasis()).isEqualTo(Basis.STATED);
        assertThat(card("projectFunding")).isEqualTo("1,526,671.32");
    }
}
