package com.perfdash.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.perfdash.KaribuTestBase;
import com.perfdash.base.ui.KpiCard;
import com.perfdash.review.Finding;
import com.perfdash.review.ReportLinks;
import com.perfdash.review.ReviewRule;
import com.perfdash.review.ReviewService;
import com.perfdash.review.Severity;
import com.perfdash.security.Role;
import com.perfdash.units.UnitYear;
import com.perfdash.units.ui.IndicatorGridRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.treegrid.TreeGrid;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The review findings outside the review page, on the real seed report alone: the unit page lists them
 * year by year, the overview counts them, and a finding's link marks the rows it is about, table totals
 * and the project list's sums included. The seed raises 22 findings (SeedReviewTest lists them): 8
 * errors (income, expenditure and project sums, the funds rows, the part above its whole, the project
 * table's level-1 weights, total weight and total score), 9 warnings and 5 notes.
 */
class FindingsAcrossPagesTest extends KaribuTestBase {

    private static final String SEED = "zz-hetang-qwbgs";

    @Autowired
    ReviewService review;

    @TempDir
    Path data;

    /** The app's own loader (review checks included) over a data folder holding only the seed. */
    @BeforeEach
    void seedOnly() {
        loadOnlyTheSeed(data);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> rows(Grid<?> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> (T) GridKt._get(grid, i)).toList();
    }

    private static String detail(KpiCard card) {
        return card.getElement().getChildren().filter(e -> e.getClassList().contains("kpi-detail"))
                .findFirst().orElseThrow().getText();
    }

    @Test
    void the_unit_page_lists_the_22_findings_of_2020_with_their_year_and_counts_them_in_the_years_table() {
        open("units/" + SEED);

        FindingsGrid grid = _get(FindingsGrid.class, spec -> spec.withClasses("unit-findings-grid"));
        List<Finding> found = rows(grid);
        assertThat(found).hasSize(22).allMatch(f -> f.fiscalYear() == 2020 && f.unitCode().equals(SEED));
        assertThat(found.stream().filter(f -> f.severity() == Severity.ERROR)).hasSize(8);
        assertThat(found.get(0).severity()).as("errors first").isEqualTo(Severity.ERROR);
        assertThat(grid.getColumnByKey(FindingsGrid.YEAR)).isNotNull();
        assertThat(grid.getColumnByKey(FindingsGrid.UNIT)).as("the page is about one unit").isNull();
        assertThat(grid.getColumnByKey(FindingsGrid.REPORT)).isNotNull();

        @SuppressWarnings("unchecked")
        Grid<UnitYear> years = _get(Grid.class, spec -> spec.withClasses("unit-years-grid"));
        assertThat(GridKt._getFormatted(years, 0, "findings")).isEqualTo("22（错误 8）");

        Anchor all = _get(Anchor.class, spec -> spec.withClasses("unit-findings-review"));
        assertThat(all.getHref()).isEqualTo("review?unit=" + SEED);
    }

    @Test
    void only_users_who_may_open_the_review_page_get_the_link_to_it() {
        assertThat(ReviewView.isOpenTo(Optional.of(Role.FINANCE))).isTrue();
        assertThat(ReviewView.isOpenTo(Optional.of(Role.LEADER))).isTrue();
        assertThat(ReviewView.isOpenTo(Optional.of(Role.UNIT))).isFalse();
        assertThat(ReviewView.isOpenTo(Optional.empty())).isFalse();

        signInAs("leader");
        open("units/" + SEED);
        _get(Anchor.class, spec -> spec.withClasses("unit-findings-review"));
        open("");
        _get(Anchor.class, spec -> spec.withClasses("kpi-link"));
    }

    @Test
    void the_overview_counts_the_findings_of_the_selected_year() {
        open("");
        KpiCard card = _get(KpiCard.class, spec -> spec.withClasses("findings"));
        assertThat(card.getValue()).isEqualTo("22");
        assertThat(detail(card)).isEqualTo("其中错误 8 条 · 涉及 1/1 份报告");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("kpi-link")).getHref()).isEqualTo("review?year=2020");
    }

    @Test
    void a_finding_about_a_project_tables_totals_marks_that_tables_total_row() {
        Finding totalScore = review.findingsForUnit(SEED).stream()
                .filter(f -> f.rule() == ReviewRule.SCORE_TOTAL).findFirst().orElseThrow();
        String link = ReportLinks.reportPage(totalScore);
        assertThat(link).isEqualTo("units/" + SEED + "/2020/projects/1?highlight=t1");

        open(link);
        @SuppressWarnings("unchecked")
        TreeGrid<IndicatorGridRow> tree = _get(TreeGrid.class, spec -> spec.withClasses("indicator-tree"));
        List<IndicatorGridRow> roots = tree.getTreeData().getRootItems();
        IndicatorGridRow total = roots.get(roots.size() - 1);
        assertThat(total.kind()).isEqualTo(IndicatorGridRow.Kind.TOTAL);
        assertThat(tree.getPartNameGenerator().apply(total)).contains("highlighted");
        assertThat(tree.getPartNameGenerator().apply(roots.get(0))).doesNotContain("highlighted");
    }

    @Test
    void the_project_tables_page_lists_the_six_findings_about_that_table() {
        open("units/" + SEED + "/2020/projects/1");
        FindingsGrid grid = _get(FindingsGrid.class, spec -> spec.withClasses("table-findings"));
        List<Finding> found = rows(grid);
        // weights 110 against 100 (level 1 and total), score total, the copied and mis-costed 成本控制数,
        // and the project missing from the report's list
        assertThat(found).extracting(f -> f.rule().code()).containsExactlyInAnyOrder("WEIGHT_LEVEL1_CAP", "WEIGHT_TOTAL",
                "SCORE_TOTAL", "PLAUS_COST_VS_SPENDING", "PLAUS_COPIED_INDICATOR", "PLAUS_PROJECT_NOT_LISTED");
        assertThat(found).allMatch(f -> ReportLinks.reportPage(f).startsWith("units/" + SEED + "/2020/projects/1"));
    }

    @Test
    void a_finding_about_the_project_sums_marks_the_project_list() {
        Finding projectSpending = review.findingsForUnit(SEED).stream()
                .filter(f -> f.rule() == ReviewRule.SUM_PROJECT_SPENDING).findFirst().orElseThrow();
        String link = ReportLinks.reportPage(projectSpending);
        assertThat(link).isEqualTo("units/" + SEED + "/2020?highlight=expenditure,projects");

        open(link);
        assertThat(_get(Div.class, spec -> spec.withId("row-projects")).getClassNames()).contains("highlighted");
        assertThat(_get(Div.class, spec -> spec.withId("row-expenditure")).getClassNames()).contains("highlighted");
        assertThat(_get(Div.class, spec -> spec.withId("row-income")).getClassNames()).doesNotContain("highlighted");
    }
}
