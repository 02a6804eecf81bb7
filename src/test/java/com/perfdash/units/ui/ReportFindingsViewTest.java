package com.perfdash.units.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.perfdash.KaribuTestBase;
import com.perfdash.TestDatabase;
import com.perfdash.ingest.DataFolderLoader;
import com.perfdash.ingest.LoadSources;
import com.perfdash.review.Finding;
import com.perfdash.review.FindingFilter;
import com.perfdash.review.ReviewRule;
import com.perfdash.review.ReviewService;
import com.perfdash.review.Severity;
import com.perfdash.review.YearCount;
import com.perfdash.overview.WatchListEntry;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.perfdash.review.ui.FindingsGrid;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The report page lists what the review checks found in that report; the overview's watch list says
 * how many each watched report has.
 */
class ReportFindingsViewTest extends KaribuTestBase {

    @Autowired
    DataFolderLoader folderLoader;

    @Autowired
    ReviewService review;

    /** The app's own loader, so the review checks run inside the load as they do in production. */
    @BeforeEach
    void loadTheShippedData() {
        folderLoader.loader().load(new LoadSources(TestDatabase.DATA, TestDatabase.NO_IMPORTS));
    }

    @SuppressWarnings("unchecked")
    private static List<Finding> findings() {
        FindingsGrid grid = _get(FindingsGrid.class, spec -> spec.withClasses("report-findings"));
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> (Finding) GridKt._get(grid, i)).toList();
    }

    @Test
    void the_seed_report_page_shows_its_contradictions_as_findings() {
        open("units/zz-hetang-qwbgs/2020");
        List<Finding> found = findings();
        assertThat(found).extracting(Finding::rule).contains(ReviewRule.SUM_INCOME_PARTS, ReviewRule.SUM_PART_EXCEEDS_TOTAL,
                ReviewRule.SUM_FUNDS_ROWS, ReviewRule.PLAUS_PROJECT_NOT_LISTED, ReviewRule.WEIGHT_LEVEL1_CAP);
        assertThat(found).filteredOn(f -> f.rule() == ReviewRule.SUM_INCOME_PARTS).singleElement()
                .satisfies(f -> assertThat(f.messageZh()).contains("516.66", "474.25"));
        assertThat(found).allMatch(f -> f.unitCode().equals("zz-hetang-qwbgs") && f.fiscalYear() == 2020);
        // on the report page itself a finding's link marks its rows here
        FindingsGrid grid = _get(FindingsGrid.class, spec -> spec.withClasses("report-findings"));
        Anchor mark = (Anchor) GridKt._getCellComponent(grid, 0, FindingsGrid.REPORT);
        assertThat(mark.getText()).isEqualTo("在报告中标出");
        assertThat(mark.getHref()).startsWith("units/zz-hetang-qwbgs/2020");
    }

    @Test
    void each_watched_report_of_2025_carries_as_many_findings_as_its_report_page_lists() {
        open("?year=2025&src=demo");
        @SuppressWarnings("unchecked")
        Grid<WatchListEntry> watch =
                _get(Grid.class, spec -> spec.withClasses("watch-list-grid"));
        List<WatchListEntry> entries = GridKt._fetch(watch, 0, GridKt._size(watch));
        assertThat(entries).isNotEmpty();
        assertThat(entries).as("the demo plants errors in some watched reports").anyMatch(e -> e.findingErrors() > 0);
        for (WatchListEntry e : entries) {
            List<Finding> found = review.findingsForReport(e.unitCode(), 2025);
            assertThat(e.findings()).as(e.unitCode()).isEqualTo(found.size());
            assertThat(e.findingErrors()).as(e.unitCode())
                    .isEqualTo((int) found.stream().filter(f -> f.severity() == Severity.ERROR).count());
        }
    }

    @Test
    void a_units_findings_counted_per_year_agree_with_the_findings_it_lists() {
        // what the unit page's years table shows, and the findings its panel lists, counted here
        Map<Integer, YearCount> perYear = review.countsPerYearWithFindings(FindingFilter.forUnit("qh-caizheng"));
        Map<Integer, YearCount> listed = new java.util.TreeMap<>();
        for (Finding f : review.findingsForUnit("qh-caizheng")) {
            YearCount c = listed.getOrDefault(f.fiscalYear(), new YearCount(f.fiscalYear(), 0, 0, 0));
            listed.put(f.fiscalYear(), new YearCount(f.fiscalYear(), c.errors() + (f.severity() == Severity.ERROR ? 1 : 0),
                    c.warnings() + (f.severity() == Severity.WARNING ? 1 : 0), c.infos() + (f.severity() == Severity.INFO ? 1 : 0)));
        }
        assertThat(perYear).hasSizeGreaterThan(1);
        assertThat(List.copyOf(perYear.values())).isEqualTo(List.copyOf(listed.values()));
        assertThat(List.copyOf(perYear.values())).isEqualTo(review.countsByYear(FindingFilter.forUnit("qh-caizheng"))
                .stream().filter(c -> c.total() > 0).toList());
    }

    @Test
    void a_unit_user_reads_only_its_own_units_findings() {
        int all = review.count(FindingFilter.ALL);
        int own = review.count(FindingFilter.forUnit("qh-caizheng"));
        assertThat(own).isPositive().isLessThan(all);
        signInAs("unit");
        assertThat(review.count(FindingFilter.ALL)).isEqualTo(own);
        assertThat(review.findings(FindingFilter.ALL, 0, 1000)).hasSize(own).allMatch(f -> f.unitCode().equals("qh-caizheng"));
        assertThat(review.countsByYear(FindingFilter.ALL).stream().mapToInt(YearCount::total).sum()).isEqualTo(own);
    }
}
