package com.perfdash.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.TestDatabase;
import com.perfdash.TestGradeBands;
import com.perfdash.base.chart.ChartBuilder;
import com.perfdash.base.chart.ChartOptions;
import com.perfdash.catalog.CatalogService;
import com.perfdash.catalog.YearlyBudgetChartMapper;
import com.perfdash.compare.CompareChartMapper;
import com.perfdash.compare.CompareFilter;
import com.perfdash.compare.CompareMetric;
import com.perfdash.compare.CompareService;
import com.perfdash.compare.Comparison;
import com.perfdash.projects.FundingChartMapper;
import com.perfdash.projects.ProjectChartMapper;
import com.perfdash.projects.ProjectChange;
import com.perfdash.projects.ProjectsFilter;
import com.perfdash.projects.ProjectsOverview;
import com.perfdash.projects.ProjectsService;
import com.perfdash.review.Basis;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every chart of every page names its PNG, SVG and CSV downloads with what it shows, its years and,
 * where it has one, its scope: built here from the fixture district through the pages' own services and
 * mappers, with the real Chinese texts.
 */
class ChartFileNamesTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Function<String, String> TEXT = k -> Texts.of(ZH).get(k);

    private static TestDatabase db;

    @BeforeAll
    static void load() {
        db = SummaryFixture.district();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static String fileName(ChartOptions o) {
        var export = o.chart().toolbar().export();
        assertThat(export.svg().filename()).isEqualTo(export.png().filename());
        assertThat(export.csv().filename()).isEqualTo(export.png().filename());
        assertThat(export.scale()).isEqualTo(ChartBuilder.EXPORT_SCALE);
        return export.png().filename();
    }

    @Test
    void the_described_name_says_years_what_and_whose() {
        assertThat(ChartBuilder.describedFileName(ZH, List.of("2016", "2017", "2025"), "预算执行趋势", "街道/镇"))
                .isEqualTo("2016-2025年度预算执行趋势（街道镇）");
        assertThat(ChartBuilder.describedFileName(ZH, List.of("2024"), "等级构成", null)).isEqualTo("2024年度等级构成");
        assertThat(ChartBuilder.describedFileName(Locale.ENGLISH, List.of("2016", "2025"), "grades", "Streets"))
                .isEqualTo("2016-2025 grades (Streets)");
        // categories that are not years add no range
        assertThat(ChartBuilder.describedFileName(ZH, List.of("东风", "西湖"), "排名", null)).isEqualTo("排名");
    }

    @Test
    void a_chart_without_a_file_name_is_named_after_its_title_and_years() {
        ChartOptions o = ChartBuilder.create(ZH).title("总得分").categories(List.of("2021", "2023"), "年度")
                .line("总得分", List.of(1, 2)).build();
        assertThat(fileName(o)).isEqualTo("2021-2023年度总得分");
    }

    @Test
    void every_pages_chart_names_its_years_and_scope() {
        AnnualSummaryService summaries = SummaryFixture.service(db);
        List<String> names = new ArrayList<>();
        // overview (district and category) and unit pages, as the summary draws them too
        SummaryCharts.of(summaries.summary(2023, SummaryScope.district()).orElseThrow(), TestGradeBands.fromDatabase(), TEXT, ZH).forEach(o -> names.add(fileName(o)));
        SummaryCharts.of(summaries.summary(2023, SummaryScope.category("街道/镇")).orElseThrow(), TestGradeBands.fromDatabase(), TEXT, ZH).forEach(o -> names.add(fileName(o)));
        SummaryCharts.of(summaries.summary(2023, SummaryScope.unit("t-jd-xihu")).orElseThrow(), TestGradeBands.fromDatabase(), TEXT, ZH).forEach(o -> names.add(fileName(o)));
        // data page
        names.add(fileName(YearlyBudgetChartMapper.toOptions(new CatalogService(db.jdbi()).yearlyBudgets(), TEXT, ZH)));
        // compare page
        Comparison c = new CompareService(db.jdbi()).compare(new CompareFilter(CompareMetric.EXECUTION_RATE, 2023, 2021, 2023, "街道/镇", null));
        names.add(fileName(CompareChartMapper.heatmap(c, TestGradeBands.fromDatabase(), TEXT, ZH)));
        names.add(fileName(CompareChartMapper.lines(c, TEXT, ZH)));
        // projects pages
        ProjectsService projects = new ProjectsService(db.jdbi());
        ProjectsOverview overview = projects.overview(new ProjectsFilter(2023, null));
        names.add(fileName(FundingChartMapper.toOptions(overview.funding(), TEXT, ZH, Basis.STATED)));
        ProjectChange top = overview.top().get(0);
        names.add(fileName(ProjectChartMapper.toOptions(projects.project(top.unitCode(), top.projectKey()).orElseThrow(), TEXT, ZH)));

        assertThat(names).allSatisfy(n -> assertThat(n).matches("\\d{4}(-\\d{4})?年度\\S+"));
        assertThat(names).contains(
                "2021-2023年度预算执行趋势",
                "2021-2023年度等级构成（街道镇）",
                "2021-2023年度总得分与等级（西湖镇人民政府）",
                "2021-2023年度执行率热力图（街道镇）",
                "2021-2023年度项目资金（按单位类别）");
    }
}
