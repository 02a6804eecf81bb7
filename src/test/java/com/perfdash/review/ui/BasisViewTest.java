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
