package com.perfdash.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.TestDatabase;
import com.perfdash.compare.CompareFilter;
import com.perfdash.compare.CompareMetric;
import com.perfdash.compare.CompareService;
import com.perfdash.compare.Comparison;
import com.perfdash.compare.RankingRow;
import com.perfdash.export.AnnualSummary;
import com.perfdash.export.AnnualSummaryService;
import com.perfdash.export.DocxWriter;
import com.perfdash.export.FindingsTableReviewSummary;
import com.perfdash.export.RankingLine;
import com.perfdash.export.SummaryScope;
import com.perfdash.export.Texts;
import com.perfdash.overview.OverviewService;
import com.perfdash.security.AuditLog;
import com.perfdash.units.UnitsService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The annual summary and the comparison under 复核后 on the demo district. As stated, the 2025 ranking by
 * total score puts first qh-beitang-jd with 101.58 (data/demo/eval_tables.csv, its whole-unit table: a
 * score above the 100 the table's weights allow). Finance reviews that report with a 复核得分 of 96.58;
 * under 复核后 the ranking uses it, and every report not yet reviewed is marked so.
 */
class ReviewedSummaryTest {

    private static final int YEAR = 2025;
    private static final String BEITANG = "qh-beitang-jd";

    @TempDir
    static Path data;

    private static ReviewFixture fixture;
    private static AnnualSummaryService summaries;
    private static CompareService compare;

    @BeforeAll
    static void load() {
        fixture = ReviewFixture.shipped("demo", data);
        var jdbi = fixture.db().jdbi();
        compare = new CompareService(jdbi);
        summaries = new AnnualSummaryService(new OverviewService(jdbi), compare, new UnitsService(jdbi), new FindingsTableReviewSummary(jdbi));
        new ReviewDecisions(jdbi, TestDatabase.CLOCK, new AuditLog(jdbi, TestDatabase.CLOCK), ReviewUsers.finance())
                .setStatus(BEITANG, YEAR, ReviewStatus.REVIEWED, null, new BigDecimal("96.58"));
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void as_stated_the_summary_ranks_first_the_impossible_score_without_review_marks() {
        AnnualSummary s = summaries.summary(YEAR, SummaryScope.district(), Basis.STATED).orElseThrow();
        RankingLine first = s.ranking().get(0);
        assertThat(first.unitCode()).isEqualTo(BEITANG);
        assertThat(first.totalScore()).isEqualByComparingTo("101.58");
        assertThat(first.reviewed()).isNull();
        assertThat(s.rankingHasUnreviewed()).isFalse();
    }

    @Test
    void under_复核后_the_summary_ranks_by_reviewed_scores_and_marks_the_unreviewed_reports() {
        AnnualSummary s = summaries.summary(YEAR, SummaryScope.district(), Basis.REVIEWED).orElseThrow();
        assertThat(s.basis()).isEqualTo(Basis.REVIEWED);
        assertThat(s.ranking().get(0).totalScore()).isLessThanOrEqualTo(new BigDecimal("100"));
        RankingLine beitang = s.ranking().stream().filter(l -> l.unitCode().equals(BEITANG)).findFirst().orElseThrow();
        assertThat(beitang.totalScore()).isEqualByComparingTo("96.58");
        assertThat(beitang.reviewed()).isTrue();
        assertThat(s.ranking()).filteredOn(l -> !l.unitCode().equals(BEITANG)).extracting(RankingLine::reviewed).containsOnly(false);
        assertThat(s.rankingHasUnreviewed()).isTrue();
        // the same number of units is ranked under either 口径
        assertThat(s.rankedUnits()).isEqualTo(summaries.summary(YEAR, SummaryScope.district(), Basis.STATED).orElseThrow().rankedUnits());
    }

    @Test
    void the_document_says_its_口径_and_marks_the_unreviewed_scores() throws Exception {
        AnnualSummary s = summaries.summary(YEAR, SummaryScope.district(), Basis.REVIEWED).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxWriter.write(s, List.of(), Texts.of(Locale.SIMPLIFIED_CHINESE), LocalDate.of(2026, 1, 15), out);
        String text;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            text = extractor.getText();
        }
        assertThat(text).contains("2025 年度关键指标（口径：复核后）", "2025 年度单位排名（按总得分）（口径：复核后）", "96.58",
                "（未复核）", "标“未复核”的单位，财政尚未完成复核");
        assertThat(text).doesNotContain("101.58");
    }

    @Test
    void the_units_list_shows_the_latest_year_under_the_chosen_口径() {
        var units = new UnitsService(fixture.db().jdbi());
        var filter = new com.perfdash.units.UnitFilter(BEITANG, null);
        var order = com.perfdash.units.UnitOrder.BY_NAME;
        assertThat(units.units(filter, order, 0, 10, Basis.STATED)).singleElement()
                .satisfies(r -> assertThat(r.totalScore()).isEqualByComparingTo("101.58"));
        assertThat(units.units(filter, order, 0, 10, Basis.REVIEWED)).singleElement().satisfies(r -> {
            assertThat(r.totalScore()).isEqualByComparingTo("96.58");
            assertThat(r.grade()).isEqualTo("优");
            assertThat(r.scores().get(r.scores().size() - 1).totalScore()).isEqualByComparingTo("96.58");
        });
    }

    @Test
    void the_comparison_ranks_and_draws_under_the_chosen_口径() {
        List<RankingRow> stated = compare.ranking(CompareMetric.TOTAL_SCORE, YEAR, null, Basis.STATED);
        List<RankingRow> reviewed = compare.ranking(CompareMetric.TOTAL_SCORE, YEAR, null, Basis.REVIEWED);
        assertThat(stated.get(0).value()).isEqualByComparingTo("101.58");
        assertThat(reviewed.get(0).value()).isLessThanOrEqualTo(new BigDecimal("100"));
        assertThat(compare.rankingCount(CompareMetric.TOTAL_SCORE, YEAR, null, Basis.REVIEWED))
                .isEqualTo(compare.rankingCount(CompareMetric.TOTAL_SCORE, YEAR, null, Basis.STATED));
        Comparison c = compare.compare(new CompareFilter(CompareMetric.TOTAL_SCORE, YEAR, 2024, YEAR, null, List.of(BEITANG), Basis.REVIEWED));
        assertThat(c.filter().basis()).isEqualTo(Basis.REVIEWED);
        assertThat(c.values()).filteredOn(v -> v.unitCode().equals(BEITANG) && v.fiscalYear() == YEAR)
                .singleElement().satisfies(v -> assertThat(v.value()).isEqualByComparingTo("96.58"));
    }
}
