package com.perfdash.overview;

import com.perfdash.base.chart.PercentValue;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.TestDatabase;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The overview's figures over the fixture district (src/test/resources/fixtures/overview/district),
 * each computed by hand from its CSV files:
 *
 * <pre>
 *                      full-year budget / executed (万元), basic + project spending, projects, score (stated grade)
 * unit (category)        2021                         2022                          2023
 * 东风街道 (街道/镇, demo) 100 / 95, 60+35, 35, 92 (优)   110 / 88, 60+28, 30, 88 (良)   120.50 / 114.35, 70.35+44, 40, 90 (优)
 * 西湖镇   (街道/镇, demo) 200 / 170, 120+50, 50, 85 (良) — no report —                  250 / 200, 130+70, 70, 58 (差)
 * 财政局   (政府部门, demo) 300 / 300, 200+100, 100, 95   320 / 310, 210+100, 100, 75 (良!) 330 / 330, 220+110, 110, 86 (良)
 * 区委办   (党委部门, real) 50 / 45, 30+15, 15, no score  60 / 57, 35+22, 20, 82 (良)     60 / 40, 25+15, 15, 79.5 (中)
 * </pre>
 * 东风街道 2021 states sub-rows (90 + 20) that contradict its 合计 row (100); 财政局 2022 writes 良 beside 75.
 */
class OverviewServiceTest {

    private static TestDatabase db;
    private static OverviewService service;

    private static final OverviewFilter ALL_YEARS = OverviewFilter.years(2021, 2023);
    private static final OverviewFilter DEMO = ALL_YEARS.withSource(SourceFilter.DEMO);

    @BeforeAll
    static void loadTheFixtureDistrict() {
        db = TestDatabase.loadedFrom(Path.of("src/test/resources/fixtures/overview"));
        service = new OverviewService(db.jdbi());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static YearAggregate year(OverviewFilter filter, int fiscalYear) {
        return service.yearAggregate(filter, fiscalYear).orElseThrow();
    }

    @Test
    void a_years_totals_are_the_sums_of_its_reports_合计_rows() {
        YearAggregate y2023 = year(DEMO, 2023);
        assertThat(y2023.reports()).isEqualTo(3);
        assertThat(y2023.fullYearBudget()).isEqualByComparingTo("700.50");   // 120.50 + 250 + 330
        assertThat(y2023.executed()).isEqualByComparingTo("644.35");         // 114.35 + 200 + 330
        assertThat(y2023.basicSpending()).isEqualByComparingTo("420.35");    // 70.35 + 130 + 220
        assertThat(y2023.projectSpending()).isEqualByComparingTo("224");     // 44 + 70 + 110
        assertThat(y2023.projectFunding()).isEqualByComparingTo("220");      // 40 + 70 + 110

        // 东风街道's sub-rows add up to 110, its 合计 row says 100: the trend takes 100
        assertThat(year(DEMO, 2021).fullYearBudget()).isEqualByComparingTo("600");
    }

    @Test
    void execution_rate_is_the_money_weighted_rate_of_the_year_not_a_mean_of_unit_rates() {
        // 644.35 / 700.50 = 0.919843; the mean of the unit rates (0.949, 0.8, 1.0) would be 0.916
        YearAggregate y2023 = year(DEMO, 2023);
        assertThat(y2023.executionRate()).isEqualByComparingTo("0.919843");
        assertThat(y2023.rateReports()).isEqualTo(3);
        assertThat(PercentValue.of(y2023.executionRate())).isEqualByComparingTo("91.98");
        // shown with one decimal, as the KPI card does
        assertThat(y2023.executionRate().movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo("92.0");
        // 565 / 600 = 0.941667 → 94.2 %
        assertThat(year(DEMO, 2021).executionRate().movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo("94.2");
    }

    @Test
    void shares_are_of_basic_plus_project_spending() {
        YearAggregate y2021 = year(DEMO, 2021);
        assertThat(y2021.projectShare()).isEqualByComparingTo("0.327434");   // 185 / 565
        assertThat(y2021.basicShare()).isEqualByComparingTo("0.672566");     // 380 / 565
    }

    @Test
    void yoy_compares_with_the_year_before_under_the_same_filter() {
        YearAggregate y2023 = year(DEMO, 2023);
        assertThat(y2023.fullYearBudgetChange()).isEqualByComparingTo("0.629070");  // 700.50 / 430 - 1
        assertThat(y2023.executedChange()).isEqualByComparingTo("0.618970");        // 644.35 / 398 - 1
        assertThat(y2023.executionRateChange()).isEqualByComparingTo("-0.005738");  // 0.919843 - 0.925581
        assertThat(y2023.medianScoreChange()).isEqualByComparingTo("4.5");          // 86 - 81.5
        assertThat(y2023.reportsChange()).isEqualTo(1);                              // 西湖镇 is back
        assertThat(y2023.gradeExcellentChange()).isEqualTo(1);

        YearAggregate y2022 = year(DEMO, 2022);
        assertThat(y2022.fullYearBudgetChange()).isEqualByComparingTo("-0.283333"); // 430 / 600 - 1
        assertThat(y2022.reportsChange()).isEqualTo(-1);
    }

    @Test
    void the_first_loaded_year_has_no_yoy() {
        YearAggregate y2021 = year(DEMO, 2021);
        assertThat(y2021.hasPreviousYear()).isFalse();
        assertThat(y2021.fullYearBudgetChange()).isNull();
        assertThat(y2021.executionRateChange()).isNull();
        assertThat(y2021.medianScoreChange()).isNull();
    }

    @Test
    void the_yoy_of_the_first_year_of_a_range_still_compares_with_the_year_before_it() {
        List<YearAggregate> years = service.yearAggregates(new OverviewFilter(2023, 2023, Set.of(), SourceFilter.DEMO));
        assertThat(years).extracting(YearAggregate::fiscalYear).containsExactly(2023);
        assertThat(years.get(0).fullYearBudgetChange()).isEqualByComparingTo("0.629070");
    }

    @Test
    void grades_are_counted_from_the_score_by_the_official_bands() {
        List<GradeMix> mixes = service.gradeMixes(DEMO);
        assertThat(mixes).containsExactly(
                new GradeMix(2021, 2, 1, 0, 0, 0),  // 92, 95 优; 85 良
                new GradeMix(2022, 0, 1, 1, 0, 0),  // 88 良; 75 中, though the report writes 良
                new GradeMix(2023, 1, 1, 0, 1, 0)); // 90 优 (the band includes 90); 86 良; 58 差
        // 区委办 2021 states no score: ungraded, not 差; 79.5 is 中
        assertThat(service.gradeMixes(ALL_YEARS)).contains(new GradeMix(2021, 2, 1, 0, 0, 1), new GradeMix(2023, 1, 1, 1, 1, 0));
    }

    @Test
    void score_distribution_has_min_quartiles_median_and_max() {
        assertThat(service.scoreDistributions(DEMO)).containsExactly(
                new ScoreDistribution(2021, 3, bd("85.00"), bd("88.50"), bd("92.00"), bd("93.50"), bd("95.00")),
                new ScoreDistribution(2022, 2, bd("75.00"), bd("78.25"), bd("81.50"), bd("84.75"), bd("88.00")),
                new ScoreDistribution(2023, 3, bd("58.00"), bd("72.00"), bd("86.00"), bd("88.00"), bd("90.00")));
        // a report without a score is left out of the spread
        assertThat(service.scoreDistributions(ALL_YEARS).get(0).scoredReports()).isEqualTo(3);
    }

    @Test
    void categories_and_source_filter_the_reports() {
        YearAggregate streets2021 = year(ALL_YEARS.withCategories(Set.of("街道/镇")), 2021);
        assertThat(streets2021.reports()).isEqualTo(2);
        assertThat(streets2021.fullYearBudget()).isEqualByComparingTo("300");
        assertThat(streets2021.executed()).isEqualByComparingTo("265");

        YearAggregate all2021 = year(ALL_YEARS, 2021);
        assertThat(all2021.reports()).isEqualTo(4);
        assertThat(all2021.fullYearBudget()).isEqualByComparingTo("650");
        assertThat(all2021.executionRate()).isEqualByComparingTo("0.938462"); // 610 / 650

        assertThat(service.yearAggregates(ALL_YEARS.withSource(SourceFilter.REAL)))
                .extracting(YearAggregate::fiscalYear, YearAggregate::reports)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2021, 1), org.assertj.core.groups.Tuple.tuple(2022, 1),
                        org.assertj.core.groups.Tuple.tuple(2023, 1));
    }

    @Test
    void a_year_without_reports_is_left_out_and_a_filter_matching_nothing_gives_nothing() {
        List<YearAggregate> westLake = service.yearAggregates(ALL_YEARS.withCategories(Set.of("街道/镇")).withSource(SourceFilter.DEMO));
        assertThat(westLake).extracting(YearAggregate::fiscalYear).containsExactly(2021, 2022, 2023);
        assertThat(service.yearAggregates(OverviewFilter.years(2018, 2020))).isEmpty();
        assertThat(service.yearAggregates(ALL_YEARS.withCategories(Set.of("事业单位")))).isEmpty();
        assertThat(service.yearAggregate(ALL_YEARS, 2020)).isEmpty();
        assertThat(service.watchList(ALL_YEARS, 2020)).isEmpty();
    }

    @Test
    void the_watch_list_names_low_execution_low_scores_and_the_largest_falls() {
        List<WatchListEntry> list = service.watchList(ALL_YEARS, 2023);
        assertThat(list).extracting(WatchListEntry::unitCode).containsExactly("t-dw-qwb", "t-jd-xihu");

        WatchListEntry office = list.get(0);                 // 40 / 60, 79.5 after 82
        assertThat(office.executionRate()).isEqualByComparingTo("0.666667");
        assertThat(office.totalScore()).isEqualByComparingTo("79.5");
        assertThat(office.scoreGrade()).isEqualTo("中");
        assertThat(office.scoreChange()).isEqualByComparingTo("-2.5");
        assertThat(office.fallRank()).isEqualTo(1);
        assertThat(office.lowExecution()).isTrue();
        assertThat(office.lowScore()).isTrue();
        assertThat(office.largeFall()).isTrue();

        WatchListEntry westLake = list.get(1);               // 200 / 250, 58, no report in 2022
        assertThat(westLake.executionRate()).isEqualByComparingTo("0.8");
        assertThat(westLake.previousScore()).isNull();
        assertThat(westLake.scoreChange()).isNull();
        assertThat(westLake.largeFall()).isFalse();
        assertThat(westLake.unitName()).isEqualTo("西湖镇人民政府");
    }

    @Test
    void a_fall_alone_puts_a_unit_on_the_watch_list_and_ties_go_to_the_lower_rate() {
        // 2022: 东风街道 88 after 92 (fall 4, rank 2) at 0.8; 财政局 75 after 95 (fall 20, rank 1) at 0.96875
        List<WatchListEntry> list = service.watchList(DEMO, 2022);
        assertThat(list).extracting(WatchListEntry::unitCode, WatchListEntry::fallRank, WatchListEntry::lowExecution, WatchListEntry::lowScore)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("t-jd-dongfeng", 2, true, false),
                        org.assertj.core.groups.Tuple.tuple("t-zf-czj", 1, false, true));
        // 区委办 2022: 57 / 60 and 82, after a year without a score: not on the list
        assertThat(service.watchList(ALL_YEARS, 2022)).extracting(WatchListEntry::unitCode).doesNotContain("t-dw-qwb");
    }

    @Test
    void options_list_the_loaded_years_categories_and_sources() {
        OverviewOptions options = service.options();
        assertThat(options.years()).containsExactly(2021, 2022, 2023);
        assertThat(options.categories()).containsExactly("街道/镇", "党委部门", "政府部门");
        assertThat(options.sources()).containsExactly("demo", "real");
    }

    @Test
    void the_overview_bundles_the_selected_year_even_outside_the_range() {
        Overview o = service.overview(new OverviewFilter(2021, 2022, Set.of(), SourceFilter.DEMO), 2023);
        assertThat(o.years()).extracting(YearAggregate::fiscalYear).containsExactly(2021, 2022);
        assertThat(o.selected().fullYearBudget()).isEqualByComparingTo("700.50");
        assertThat(o.watchList()).extracting(WatchListEntry::unitCode).containsExactly("t-jd-xihu");
        assertThat(service.overview(DEMO, 2020).selected()).isNull();
    }

    @Test
    void a_relative_change_is_this_over_last_minus_one_and_none_without_a_base() {
        db.jdbi().useHandle(h -> {
            assertThat(relativeChange(h, "700.50", "430")).isEqualByComparingTo("0.629070"); // 2023's full-year budget above
            assertThat(relativeChange(h, "430", "600")).isEqualByComparingTo("-0.283333");
            assertThat(relativeChange(h, "5", "0")).isNull();
            assertThat(relativeChange(h, "NULL", "3")).isNull();
            assertThat(relativeChange(h, "3", "NULL")).isNull();
            // a slip of 元 for 万元 on a small base: beyond the six integer digits year_metrics once cast to
            assertThat(relativeChange(h, "20000000", "0.5")).isEqualByComparingTo("39999999");
        });
    }

    private static BigDecimal relativeChange(org.jdbi.v3.core.Handle h, String thisYear, String lastYear) {
        return h.createQuery("SELECT relative_change(" + thisYear + ", " + lastYear + ")").mapTo(BigDecimal.class).one();
    }

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }
}
