package com.perfdash.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.perfdash.KaribuTestBase;
import com.perfdash.TestDatabase;
import com.perfdash.ingest.AfterLoadStep;
import com.perfdash.ingest.DataLoader;
import com.perfdash.review.Correction;
import com.perfdash.review.FindingFilter;
import com.perfdash.review.ReviewDecisions;
import com.perfdash.review.ReviewRule;
import com.perfdash.review.ReviewService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** The seed's report page with 基本支出 corrected: the stated 580.92 beside the corrected 478.56; the form for finance only. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportReviewPanelTest extends KaribuTestBase {

    private static final String SEED_PAGE = "units/zz-hetang-qwbgs/2020";

    @Autowired
    Jdbi jdbi;

    @Autowired
    Clock clock;

    @Autowired
    List<AfterLoadStep> afterLoad;

    @TempDir
    static Path data;

    @BeforeAll
    void load() {
        loadOnlyTheSeed(data);
        signInAs("finance");
        ReviewService findings = context.getBean(ReviewService.class);
        context.getBean(ReviewDecisions.class).correct("zz-hetang-qwbgs", 2020, "expenditure_basic", "correction",
                new BigDecimal("478.56"), "基本支出应为支出减项目支出",
                findings.findings(FindingFilter.ALL.withRule(ReviewRule.SUM_PART_EXCEEDS_TOTAL), 0, 10));
    }

    @AfterAll
    void restore() {
        jdbi.useHandle(h -> {
            h.execute("DELETE FROM figure_correction");
            h.execute("DELETE FROM finding_disposition");
            com.perfdash.ingest.ReportMetricsStore.refreshReviewed(h);
        });
        new DataLoader(jdbi, clock, afterLoad).load(TestDatabase.DATA);
    }

    @SuppressWarnings("unchecked")
    private static Grid<Correction> corrections() {
        return _get(Grid.class, spec -> spec.withClasses("corrections-grid"));
    }

    @Test
    void the_report_page_shows_the_stated_figure_beside_the_corrected_one() {
        signInAs("leader");
        UI.getCurrent().navigate(SEED_PAGE);

        Grid<Correction> grid = corrections();
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(grid, 0, "figure")).isEqualTo("基本支出");
        assertThat(GridKt._getFormatted(grid, 0, "stated")).isEqualTo("580.92 万元");
        assertThat(GridKt._getFormatted(grid, 0, "corrected")).isEqualTo("478.56 万元");
        assertThat(GridKt._getFormatted(grid, 0, "reason")).isEqualTo("基本支出应为支出减项目支出");
        assertThat(_find(Button.class, spec -> spec.withText("记录更正"))).as("a leader only reads").isEmpty();
    }

    @Test
    void finance_gets_the_form_to_correct_a_figure() {
        signInAs("finance");
        UI.getCurrent().navigate(SEED_PAGE);

        assertThat(_find(Button.class, spec -> spec.withText("记录更正"))).hasSize(1);
    }
}
