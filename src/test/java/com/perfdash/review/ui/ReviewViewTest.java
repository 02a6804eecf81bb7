package com.perfdash.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.perfdash.KaribuTestBase;
import com.perfdash.TestDatabase;
import com.perfdash.base.chart.ApexChart;
import com.perfdash.base.chart.ChartOptions;
import com.perfdash.base.ui.KpiCard;
import com.perfdash.ingest.AfterLoadStep;
import com.perfdash.ingest.DataLoader;
import com.perfdash.review.CsvDataSet;
import com.perfdash.review.Finding;
import com.perfdash.review.FindingFilter;
import com.perfdash.review.ReviewFixture;
import com.perfdash.review.ReviewRule;
import com.perfdash.review.Severity;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The review page over the seed (2020, 22 findings) and a corrected copy moved to another unit for 2019
 * (no finding) and 2021 (a wrong grade: 1 finding), loaded the way the app loads, review checks
 * included.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewViewTest extends KaribuTestBase {

    private static final String OTHER = "test-other-unit";

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
        CsvDataSet.copy(TestDatabase.SEED, data, "seed");
        CsvDataSet.copy(ReviewFixture.CLEAN, data, "other2019").moveTo(OTHER, "测试单位", 2019);
        CsvDataSet.copy(ReviewFixture.CLEAN, data, "other2021").moveTo(OTHER, "测试单位", 2021)
                .set("eval_tables.csv", CsvDataSet.where("table_no", "0"), "grade", "中")
                .remove("units.csv", CsvDataSet.where("unit_code", OTHER));
        new DataLoader(jdbi, clock, afterLoad).load(data);
    }

    /** Leaves the shared database with the app's own data folder, as the other view tests expect it. */
    @AfterAll
    void restore() {
        new DataLoader(jdbi, clock, afterLoad).load(TestDatabase.DATA);
    }

    private static FindingsGrid grid() {
        return _get(FindingsGrid.class);
    }

    private static List<Finding> rows() {
        FindingsGrid grid = grid();
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    private static Location location() {
        return UI.getCurrent().getInternals().getActiveViewLocation();
    }

    @Test
    void the_navigation_lists_the_review_page() {
        UI.getCurrent().navigate("review");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("审核发现");
        assertThat(_get(ReviewView.class).getPageTitle()).isEqualTo("审核发现");
    }

    @Test
    void a_rule_in_the_address_shows_only_its_findings() {
        open("review?rule=ATTAIN_POINTS_OFF_MET");

        assertThat(rows()).hasSize(4).allSatisfy(f -> assertThat(f.rule()).isEqualTo(ReviewRule.ATTAIN_POINTS_OFF_MET));
        assertThat(rows()).extracting(Finding::indicatorSeq).containsExactly(2, 4, 7, 12);
        assertThat(GridKt._getFormatted(grid(), 0, FindingsGrid.MESSAGE))
                .isEqualTo("整体支出表「开展帮扶」目标 4 次，实际 4 次，已完成，但 5 分只得 4 分，且未填写偏差原因。");
        @SuppressWarnings("unchecked")
        ComboBox<ReviewRule> rule = _get(ComboBox.class, spec -> spec.withLabel("审核规则"));
        assertThat(rule.getValue()).isEqualTo(ReviewRule.ATTAIN_POINTS_OFF_MET);
        ChartOptions chart = _get(ApexChart.class).getOptions();
        assertThat(chart.categories()).containsExactly("2019", "2020", "2021");
        assertThat(chart.series()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("目标已完成却扣分且无说明");
            assertThat(s.data()).containsExactly(0, 4, 0);
        });
    }

    @Test
    void without_a_filter_every_finding_is_listed_counted_and_charted() {
        UI.getCurrent().navigate("review");

        assertThat(rows()).hasSize(23);
        assertThat(rows().get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(_find(KpiCard.class)).extracting(KpiCard::getValue).containsExactly("23", "9", "9", "5");
        ChartOptions chart = _get(ApexChart.class).getOptions();
        assertThat(chart.chart().stacked()).isTrue();
        assertThat(chart.series()).as("the 17 rules with findings").hasSize(17);
        assertThat(chart.series().stream().mapToInt(s -> s.data().stream().mapToInt(Number::intValue).sum()).sum())
                .isEqualTo(23);
    }

    @Test
    void choosing_a_severity_puts_it_in_the_address() {
        open("review?year=2020");
        @SuppressWarnings("unchecked")
        ComboBox<Severity> severity = _get(ComboBox.class, spec -> spec.withLabel("严重程度"));

        severity.setValue(Severity.ERROR);

        assertThat(location().getPath()).isEqualTo("review");
        assertThat(location().getQueryParameters().getParameters())
                .isEqualTo(QueryParameters.fromString("year=2020&severity=ERROR").getParameters());
        assertThat(_get(ReviewView.class).filter()).isEqualTo(new FindingFilter(null, null, 2020, Severity.ERROR));
        assertThat(rows()).hasSize(8).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.fiscalYear()).isEqualTo(2020);
        });
    }

    @Test
    void each_finding_links_to_its_report_page_with_its_rows_highlighted() {
        open("review?unit=" + OTHER + "&year=2021&rule=SCORE_GRADE");

        assertThat(rows()).singleElement().satisfies(f -> assertThat(f.unitName()).isEqualTo("测试单位"));
        Anchor link = (Anchor) GridKt._getCellComponent(grid(), 0, FindingsGrid.REPORT);
        assertThat(link.getHref()).isEqualTo("units/test-other-unit/2021?highlight=t0");
        assertThat(link.getText()).isEqualTo("查看报告");

        open("review?rule=PLAUS_COPIED_INDICATOR");
        Anchor copied = (Anchor) GridKt._getCellComponent(grid(), 0, FindingsGrid.REPORT);
        assertThat(copied.getHref()).as("a project table's own page").isEqualTo("units/zz-hetang-qwbgs/2020/projects/1?highlight=i1-5");
    }

    @Test
    void an_address_with_values_that_name_nothing_shows_every_finding() {
        open("review?rule=NO_SUCH_RULE&year=twenty");

        assertThat(_get(ReviewView.class).filter()).isEqualTo(FindingFilter.ALL);
        assertThat(rows()).hasSize(23);
    }

    @Test
    void in_english_the_findings_read_in_english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        open("review?rule=SCORE_GRADE");

        assertThat(GridKt._getFormatted(grid(), 0, FindingsGrid.MESSAGE))
                .isEqualTo("Whole-unit table: a total of 92 (of 100) falls in grade '优', but the report gives '中'.");
        assertThat(GridKt._getFormatted(grid(), 0, FindingsGrid.RULE)).isEqualTo("Grade does not match the score");
    }
}
