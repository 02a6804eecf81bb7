package com.perfdash.review;

import static com.perfdash.review.CsvDataSet.where;
import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading findings: the seed (2020, 22 findings) beside a corrected copy moved to another unit for
 * 2019 (no finding) and 2021 (a wrong grade: 1 finding).
 */
class ReviewServiceTest {

    private static final String OTHER = "test-other-unit";

    @TempDir
    static Path data;

    private static ReviewFixture fixture;
    private static ReviewService service;

    @BeforeAll
    static void load() {
        fixture = new ReviewFixture();
        CsvDataSet.copy(TestDatabase.SEED, data, "seed");
        CsvDataSet.copy(ReviewFixture.CLEAN, data, "other2019").moveTo(OTHER, "测试单位", 2019);
        CsvDataSet.copy(ReviewFixture.CLEAN, data, "other2021").moveTo(OTHER, "测试单位", 2021)
                .set("eval_tables.csv", where("table_no", "0"), "grade", "中")
                .remove("units.csv", where("unit_code", OTHER)); // a unit is listed once across all data sets
        fixture.load(data);
        service = fixture.service();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void all_findings_come_errors_first_then_latest_year_first() {
        List<Finding> all = service.findings(FindingFilter.ALL, 0, 1000);
        assertThat(all).hasSize(23);
        assertThat(service.count(FindingFilter.ALL)).isEqualTo(23);
        assertThat(all.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(all.get(0).fiscalYear()).isEqualTo(2021);
        assertThat(all.get(0).rule()).isEqualTo(ReviewRule.SCORE_GRADE);
        assertThat(all.get(all.size() - 1).severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void findings_page_through_with_offset_and_limit() {
        List<Finding> all = service.findings(FindingFilter.ALL, 0, 1000);
        assertThat(service.findings(FindingFilter.ALL, 5, 3)).containsExactlyElementsOf(all.subList(5, 8));
    }

    @Test
    void a_rule_filter_keeps_that_rule_only() {
        FindingFilter filter = FindingFilter.ALL.withRule(ReviewRule.ATTAIN_POINTS_OFF_MET);
        assertThat(service.findings(filter, 0, 100)).extracting(Finding::indicatorSeq).containsExactly(2, 4, 7, 12);
        assertThat(service.count(filter)).isEqualTo(4);
    }

    @Test
    void unit_year_and_severity_filters_combine() {
        FindingFilter other = FindingFilter.ALL.withUnit(OTHER);
        assertThat(service.count(other)).isEqualTo(1);
        assertThat(service.count(other.withYear(2019))).isZero();
        assertThat(service.count(other.withYear(2021).withSeverity(Severity.ERROR))).isEqualTo(1);
        assertThat(service.count(FindingFilter.ALL.withSeverity(Severity.ERROR))).isEqualTo(9);
        assertThat(service.count(FindingFilter.ALL.withSeverity(Severity.WARNING))).isEqualTo(9);
        assertThat(service.count(FindingFilter.ALL.withSeverity(Severity.INFO))).isEqualTo(5);
    }

    @Test
    void a_report_page_gets_its_findings_with_unit_messages_and_row_keys() {
        List<Finding> report = service.findingsForReport(OTHER, 2021);
        assertThat(report).extracting(ReviewFixture::where).containsExactly("SCORE_GRADE t0");
        Finding grade = report.get(0);
        assertThat(grade.unitName()).isEqualTo("测试单位");
        assertThat(grade.message(Locale.CHINESE)).isEqualTo("整体支出表：总得分 92（总分 100）应评为「优」，报告评为「中」。");
        assertThat(grade.message(Locale.ENGLISH)).isEqualTo("Whole-unit table: a total of 92 (of 100) falls in grade '优', but the report gives '中'.");
        assertThat(service.findingsForUnit(OTHER)).hasSize(1);
        assertThat(service.findingsForReport("zz-hetang-qwbgs", 2020)).hasSize(22);
    }

    @Test
    void counts_per_rule_and_year_cover_every_finding() {
        List<RuleYearCount> counts = service.countsByRuleAndYear(FindingFilter.ALL);
        assertThat(counts).contains(
                new RuleYearCount(ReviewRule.ATTAIN_POINTS_OFF_MET, 2020, 4),
                new RuleYearCount(ReviewRule.PLAUS_PROJECTS_NOT_EVALUATED, 2020, 1),
                new RuleYearCount(ReviewRule.SCORE_GRADE, 2021, 1));
        assertThat(counts.stream().mapToInt(RuleYearCount::findings).sum()).isEqualTo(23);
        assertThat(counts).extracting(RuleYearCount::fiscalYear).isSorted();
    }

    @Test
    void counts_per_year_by_severity_list_every_loaded_year() {
        assertThat(service.countsByYear(FindingFilter.ALL)).containsExactly(
                new YearCount(2019, 0, 0, 0),
                new YearCount(2020, 8, 9, 5),
                new YearCount(2021, 1, 0, 0));
        assertThat(service.countForYear(2020)).isEqualTo(22);
        assertThat(service.countsByYear(FindingFilter.ALL.withRule(ReviewRule.SCORE_GRADE)))
                .extracting(YearCount::total).containsExactly(0, 0, 1);
    }

    @Test
    void years_and_the_last_run_are_listed() {
        assertThat(service.years()).containsExactly(2019, 2020, 2021);
        assertThat(service.lastRun()).hasValueSatisfying(r -> {
            assertThat(r.reports()).isEqualTo(3);
            assertThat(r.findings()).isEqualTo(23);
            assertThat(r.ranAt()).isEqualTo(java.time.LocalDateTime.now(TestDatabase.CLOCK));
        });
    }
}
