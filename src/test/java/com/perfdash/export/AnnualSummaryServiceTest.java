package com.perfdash.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.TestDatabase;
import com.perfdash.base.ui.MeasureKind;
import com.perfdash.overview.WatchListEntry;
import com.perfdash.review.FindingFilter;
import com.perfdash.review.ReviewService;
import com.perfdash.review.YearCount;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The summary's figures over the fixture district (see OverviewServiceTest for the table). 2023, every
 * source: 4 reports, budget 120.50 + 250 + 330 + 60 = 760.50, executed 114.35 + 200 + 330 + 40 = 684.35;
 * 2022: 3 reports, 110 + 320 + 60 = 490 and 88 + 310 + 57 = 455.
 */
class AnnualSummaryServiceTest {

    private static TestDatabase db;
    private static AnnualSummaryService service;

    @BeforeAll
    static void load() {
        db = SummaryFixture.district();
        service = SummaryFixture.service(db);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static KeyFigure figure(AnnualSummary s, String key) {
        return s.keyFigures().stream().filter(f -> f.labelKey().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void the_first_unit_by_name_is_offered_first() {
        assertThat(service.options().firstUnit())
                .isEqualTo(new com.perfdash.units.UnitsService(db.jdbi()).unitRefs(com.perfdash.units.UnitFilter.ALL, 0, 1).get(0));
    }

    @Test
    void district_key_figures_are_this_year_against_last_year() {
        AnnualSummary s = service.summary(2023, SummaryScope.district()).orElseThrow();
        assertThat(s.reports()).isEqualTo(4);
        assertThat(s.fromYear()).isEqualTo(2021);
        KeyFigure budget = figure(s, "export.figure.fullYearBudget");
        assertThat(budget.current()).isEqualByComparingTo("760.50");
        assertThat(budget.previous()).isEqualByComparingTo("490");
        assertThat(budget.change()).isEqualByComparingTo("270.50");
        assertThat(budget.relativeChange()).isEqualByComparingTo("0.552041");   // 270.50 / 490
        KeyFigure reports = figure(s, "export.figure.reports");
        assertThat(reports.change()).isEqualByComparingTo("1");
        KeyFigure rate = figure(s, "export.figure.executionRate");
        // 684.35 / 760.50 = 0.899869 against 455 / 490 = 0.928571: rates change in points, not relatively
        assertThat(rate.current()).isEqualByComparingTo("0.899869");
        assertThat(rate.previous()).isEqualByComparingTo("0.928571");
        assertThat(rate.relativeChange()).isNull();
    }

    @Test
    void the_ranking_is_by_total_score_with_the_execution_rate_beside_it() {
        AnnualSummary s = service.summary(2023, SummaryScope.district()).orElseThrow();
        assertThat(s.ranking()).extracting(RankingLine::unitName)
                .containsExactly("东风街道办事处", "测试区财政局", "中共测试区委办公室", "西湖镇人民政府");
        assertThat(s.ranking()).extracting(RankingLine::rank).containsExactly(1, 2, 3, 4);
        RankingLine czj = s.ranking().get(1);
        assertThat(czj.totalScore()).isEqualByComparingTo("86");
        assertThat(czj.scoreChange()).isEqualByComparingTo("11");            // 86 − 75
        assertThat(czj.executionRate()).isEqualByComparingTo("1");           // 330 / 330
        assertThat(s.ranking().get(3).scoreChange()).isNull();               // 西湖镇 has no 2022 report
        assertThat(s.rankedUnits()).isEqualTo(4);
    }

    @Test
    void the_watch_list_is_the_overviews_for_the_year() {
        AnnualSummary s = service.summary(2023, SummaryScope.district()).orElseThrow();
        // 西湖镇 80 % and 58 points; 区委办 66.7 %, 79.5 points and the only fall (−2.5)
        assertThat(s.watchList()).extracting(WatchListEntry::unitCode).containsExactlyInAnyOrder("t-jd-xihu", "t-dw-qwb");
    }

    @Test
    void a_category_summary_holds_its_units_only() {
        AnnualSummary s = service.summary(2023, SummaryScope.category("街道/镇")).orElseThrow();
        assertThat(s.scopeName()).isEqualTo("街道/镇");
        assertThat(s.reports()).isEqualTo(2);
        assertThat(figure(s, "export.figure.fullYearBudget").current()).isEqualByComparingTo("370.50");   // 120.50 + 250
        assertThat(figure(s, "export.figure.fullYearBudget").previous()).isEqualByComparingTo("110");     // 东风 only
        assertThat(s.ranking()).extracting(RankingLine::unitCode).containsExactly("t-jd-dongfeng", "t-jd-xihu");
        assertThat(s.watchList()).extracting(WatchListEntry::unitCode).containsExactly("t-jd-xihu");
    }

    @Test
    void a_unit_summary_has_its_own_figures_and_its_rank_in_its_category() {
        AnnualSummary s = service.summary(2023, SummaryScope.unit("t-jd-xihu")).orElseThrow();
        assertThat(s.isUnit()).isTrue();
        assertThat(s.scopeName()).isEqualTo("西湖镇人民政府");
        assertThat(figure(s, "export.figure.fullYearBudget").current()).isEqualByComparingTo("250");
        assertThat(figure(s, "export.figure.fullYearBudget").previous()).isNull();   // no 2022 report
        assertThat(figure(s, "export.figure.totalScore").current()).isEqualByComparingTo("58");
        assertThat(s.ranking()).singleElement().satisfies(l -> assertThat(l.rank()).isEqualTo(2));
        assertThat(s.rankedUnits()).isEqualTo(2);
        assertThat(s.watchList()).singleElement().satisfies(w -> {
            assertThat(w.lowExecution()).isTrue();
            assertThat(w.lowScore()).isTrue();
        });
        assertThat(service.summary(2023, SummaryScope.unit("no-such-unit"))).isEmpty();
    }

    @Test
    void the_batch_has_one_summary_per_unit_that_reported_by_category_and_name() {
        List<AnnualSummary> all = service.unitSummaries(2022);
        assertThat(all).extracting(AnnualSummary::scopeName)
                .containsExactly("中共测试区委办公室", "测试区财政局", "东风街道办事处");   // 党委部门, 政府部门, 街道/镇
        AnnualSummary czj = all.get(1);
        assertThat(figure(czj, "export.figure.executed").current()).isEqualByComparingTo("310");
        assertThat(figure(czj, "export.figure.executed").previous()).isEqualByComparingTo("300");
    }

    @Test
    void review_findings_are_counted_by_severity_when_the_table_exists() {
        try (TestDatabase withFindings = SummaryFixture.district()) {
            withFindings.jdbi().useHandle(h -> {
                h.execute("DELETE FROM review_finding");
                h.execute("""
                        INSERT INTO review_finding (finding_id, report_id, rule_code, severity, row_keys, evidence)
                        SELECT row_number() OVER (), report_id, 'R', s, '', '{}'
                        FROM report_metrics, (VALUES ('ERROR'), ('WARNING')) v(s)
                        WHERE fiscal_year = 2023 AND unit_code IN ('t-jd-xihu', 't-jd-dongfeng')""");
                h.execute("""
                        INSERT INTO review_finding (finding_id, report_id, rule_code, severity, row_keys, evidence)
                        SELECT 100, report_id, 'R', 'INFO', '', '{}' FROM report_metrics WHERE fiscal_year = 2023 AND unit_code = 't-zf-czj'""");
            });
            FindingsTableReviewSummary source = new FindingsTableReviewSummary(withFindings.jdbi());
            assertThat(source.summary(2023, SummaryScope.district()))
                    .isEqualTo(new ReviewSummary(true, 4, 5, 2, 2, 1, 3));
            assertThat(source.summary(2023, SummaryScope.category("街道/镇")))
                    .isEqualTo(new ReviewSummary(true, 2, 4, 2, 2, 0, 2));
            assertThat(source.summary(2023, SummaryScope.unit("t-dw-qwb")))
                    .isEqualTo(new ReviewSummary(true, 1, 0, 0, 0, 0, 0));

            // the same selection as the review page's counts (matching_findings)
            ReviewService review = new ReviewService(withFindings.jdbi());
            YearCount year = review.countsByYear(FindingFilter.ALL.withYear(2023)).stream()
                    .filter(c -> c.fiscalYear() == 2023).findFirst().orElseThrow();
            ReviewSummary district = source.summary(2023, SummaryScope.district());
            assertThat(List.of(district.findings(), district.errors(), district.warnings(), district.infos()))
                    .containsExactly(year.total(), year.errors(), year.warnings(), year.infos());
            assertThat(source.summary(2023, SummaryScope.unit("t-jd-xihu")).findings())
                    .isEqualTo(review.count(FindingFilter.forReport("t-jd-xihu", 2023))).isEqualTo(2);
        }
    }

    @Test
    void key_figure_changes_are_plain_differences() {
        KeyFigure money = new KeyFigure("k", MeasureKind.MONEY, new BigDecimal("110"), new BigDecimal("100"));
        assertThat(money.change()).isEqualByComparingTo("10");
        assertThat(money.relativeChange()).isEqualByComparingTo("0.1");
        assertThat(new KeyFigure("k", MeasureKind.MONEY, new BigDecimal("1"), BigDecimal.ZERO).relativeChange()).isNull();
        assertThat(new KeyFigure("k", MeasureKind.POINTS, new BigDecimal("90"), null).change()).isNull();
    }
}
