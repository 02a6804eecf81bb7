package com.perfdash.catalog;

import com.perfdash.base.chart.PercentValue;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.TestDatabase;
import com.perfdash.ingest.ReportMetricsStore;
import com.perfdash.overview.OverviewFilter;
import com.perfdash.overview.OverviewService;
import com.perfdash.overview.YearAggregate;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The data page's yearly figures over the fixture district (src/test/resources/fixtures/overview), in
 * which two reports of 2023 state only one of their two figures: 财政局 (t-zf-czj) its 全年预算数 330 without
 * 全年执行数, 区委办 (t-dw-qwb) its 全年执行数 40 without 全年预算数. The other two state both: 东风街道
 * 120.50 / 114.35, 西湖镇 250 / 200.
 */
class CatalogServiceTest {

    private static TestDatabase db;
    private static CatalogService catalog;
    private static OverviewService overview;

    @BeforeAll
    static void loadTheFixtureDistrictWithTwoHalfStatedReports() {
        db = TestDatabase.loadedFrom(Path.of("src/test/resources/fixtures/overview"));
        db.jdbi().useHandle(h -> {
            h.execute(totalRow("executed"), "t-zf-czj");
            h.execute(totalRow("full_year_budget"), "t-dw-qwb");
            ReportMetricsStore.refresh(h);
        });
        catalog = new CatalogService(db.jdbi());
        overview = new OverviewService(db.jdbi());
    }

    /** Empties one figure of a unit's 2023 whole-unit 合计 funds row. */
    private static String totalRow(String column) {
        return "UPDATE funds_row SET " + column + " = NULL WHERE row_kind = 'total' AND table_id IN ("
                + "SELECT t.table_id FROM eval_table t JOIN report r ON r.report_id = t.report_id "
                + "WHERE t.table_no = 0 AND r.fiscal_year = 2023 AND r.unit_code = ?)";
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static YearlyBudget year(int fiscalYear) {
        return catalog.yearlyBudgets().stream().filter(y -> y.fiscalYear() == fiscalYear).findFirst().orElseThrow();
    }

    @Test
    void a_year_with_reports_that_state_one_figure_has_the_overviews_rate_on_the_data_page() {
        YearlyBudget y2023 = year(2023);
        YearAggregate o2023 = overview.yearAggregate(OverviewFilter.years(2021, 2023), 2023).orElseThrow();

        // the totals sum what each report states: 120.50 + 250 + 330, 114.35 + 200 + 40
        assertThat(y2023.reports()).isEqualTo(4);
        assertThat(y2023.fullYearBudget()).isEqualByComparingTo("700.50");
        assertThat(y2023.executed()).isEqualByComparingTo("354.35");
        // the rate is over the two reports that state both: 314.35 / 370.50, not 354.35 / 700.50 (50.59 %)
        assertThat(y2023.executionRate()).isEqualByComparingTo("0.848448");
        assertThat(y2023.executionRate()).isEqualByComparingTo(o2023.executionRate());

        // and the chart draws what the overview's chart draws for that year
        List<BigDecimal> dataPage = YearlyBudgetChartMapper.toSeries(catalog.yearlyBudgets()).executionRatePct();
        assertThat(dataPage.get(dataPage.size() - 1)).isEqualByComparingTo("84.84")
                .isEqualByComparingTo(PercentValue.of(o2023.executionRate()));
    }

    @Test
    void every_year_has_the_overviews_rate() {
        for (YearlyBudget y : catalog.yearlyBudgets()) {
            YearAggregate o = overview.yearAggregate(OverviewFilter.years(2021, 2023), y.fiscalYear()).orElseThrow();
            assertThat(y.executionRate()).as("%d", y.fiscalYear()).isEqualByComparingTo(o.executionRate());
            assertThat(y.reports()).isEqualTo(o.reports());
            assertThat(y.fullYearBudget()).isEqualByComparingTo(o.fullYearBudget());
            assertThat(y.executed()).isEqualByComparingTo(o.executed());
        }
        assertThat(catalog.yearlyBudgets()).extracting(YearlyBudget::fiscalYear).containsExactly(2021, 2022, 2023);
    }
}
