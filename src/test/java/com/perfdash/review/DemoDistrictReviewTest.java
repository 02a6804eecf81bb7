package com.perfdash.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.ingest.demo.DefectKind;
import com.perfdash.ingest.demo.DemoDistrictGenerator;
import com.perfdash.ingest.demo.DemoSpec;
import com.perfdash.ingest.demo.InjectedDefect;
import com.perfdash.review.Measure.Quantity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo district as its generator writes it, with the list of defects it planted: each planted defect
 * is found by the rule meant for its kind, and a report with nothing planted raises nothing.
 */
class DemoDistrictReviewTest {

    /** The rule that names each kind of planted defect. */
    private static final Map<DefectKind, Set<ReviewRule>> RULE_FOR = new EnumMap<>(Map.ofEntries(
            Map.entry(DefectKind.PROJECT_TABLE_NOT_LISTED, Set.of(ReviewRule.PLAUS_PROJECT_NOT_LISTED)),
            Map.entry(DefectKind.POINTS_OFF_MET_TARGET_NO_NOTE, Set.of(ReviewRule.ATTAIN_POINTS_OFF_MET)),
            Map.entry(DefectKind.FULL_POINTS_ON_MISSED_TARGET, Set.of(ReviewRule.ATTAIN_FULL_POINTS_MISSED)),
            Map.entry(DefectKind.COST_INDICATOR_MISMATCH, Set.of(ReviewRule.PLAUS_COST_VS_SPENDING)),
            Map.entry(DefectKind.PROJECT_ROW_COPIED_FROM_UNIT, Set.of(ReviewRule.PLAUS_COPIED_INDICATOR)),
            Map.entry(DefectKind.LEVEL_WEIGHT_OVER_CAP, Set.of(ReviewRule.WEIGHT_LEVEL1_CAP)),
            Map.entry(DefectKind.SCORE_OVER_WEIGHT, Set.of(ReviewRule.SCORE_RANGE)),
            Map.entry(DefectKind.FUNDS_ROWS_NOT_SUMMING, Set.of(ReviewRule.SUM_FUNDS_ROWS)),
            Map.entry(DefectKind.FUNDS_TOTAL_EMPTY, Set.of(ReviewRule.SUM_TOTAL_EMPTY)),
            Map.entry(DefectKind.RATE_OR_SCORE_INCONSISTENT, Set.of(ReviewRule.FUNDS_RATE, ReviewRule.FUNDS_SCORE)),
            Map.entry(DefectKind.EXECUTION_OVER_100, Set.of(ReviewRule.FUNDS_OVER_100)),
            Map.entry(DefectKind.TOTAL_SCORE_MISMATCH, Set.of(ReviewRule.SCORE_TOTAL)),
            Map.entry(DefectKind.GRADE_MISMATCH, Set.of(ReviewRule.SCORE_GRADE)),
            Map.entry(DefectKind.INCOME_PARTS_MISMATCH, Set.of(ReviewRule.SUM_INCOME_PARTS)),
            Map.entry(DefectKind.EXPENDITURE_PART_EXCEEDS_TOTAL, Set.of(ReviewRule.SUM_PART_EXCEEDS_TOTAL)),
            Map.entry(DefectKind.PROJECT_SUM_MISMATCH, Set.of(ReviewRule.SUM_PROJECT_SPENDING)),
            Map.entry(DefectKind.AMOUNT_IN_YUAN, Set.of(ReviewRule.UNIT_TEN_THOUSAND))));

    @TempDir
    static Path data;

    private static ReviewFixture fixture;
    private static final List<InjectedDefect> planted = new ArrayList<>();
    private static List<Finding> findings;

    @BeforeAll
    static void generateAndLoad() throws IOException {
        new DemoDistrictGenerator(DemoSpec.defaults()).writeTo(data.resolve("demo"), planted::add);
        fixture = new ReviewFixture();
        findings = fixture.load(data);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void every_kind_of_defect_the_generator_plants_has_a_rule() {
        assertThat(RULE_FOR.keySet()).containsExactlyInAnyOrder(DefectKind.values());
        assertThat(planted).hasSizeGreaterThan(100);
    }

    @Test
    void each_planted_defect_is_found_by_the_rule_meant_for_it() {
        List<String> missed = planted.stream()
                .filter(d -> !copiedRowWithoutAFigure(d))
                .filter(d -> findings.stream().noneMatch(f -> finds(f, d)))
                .map(InjectedDefect::toString)
                .toList();
        assertThat(missed).isEmpty();
    }

    @Test
    void a_report_with_nothing_planted_raises_nothing() {
        Set<String> plantedReports = planted.stream().map(d -> d.unitCode() + "/" + d.fiscalYear()).collect(Collectors.toSet());
        assertThat(findings).filteredOn(f -> !plantedReports.contains(f.unitCode() + "/" + f.fiscalYear()))
                .extracting(f -> f.unitCode() + "/" + f.fiscalYear() + " " + f.messageZh())
                .isEmpty();
    }

    private static boolean finds(Finding f, InjectedDefect d) {
        return f.unitCode().equals(d.unitCode()) && f.fiscalYear() == d.fiscalYear()
                && RULE_FOR.get(d.kind()).contains(f.rule())
                && (d.tableNo() == null || f.tableNo() == null || f.tableNo().equals(d.tableNo()));
    }

    /**
     * A copied row whose target is a date or a text ("2017年1月-12月") is left alone on purpose: such
     * rows repeat between tables naturally (docs/review-checks.md, PLAUS_COPIED_INDICATOR).
     */
    private static boolean copiedRowWithoutAFigure(InjectedDefect d) {
        if (d.kind() != DefectKind.PROJECT_ROW_COPIED_FROM_UNIT) {
            return false;
        }
        String target = fixture.db().jdbi().withHandle(h -> h.createQuery(
                        "SELECT i.target_text FROM indicator i JOIN eval_table t USING (table_id) JOIN report r USING (report_id) "
                                + "WHERE r.unit_code = :unit AND r.fiscal_year = :year AND t.table_no = :table AND i.seq = :seq")
                .bind("unit", d.unitCode()).bind("year", d.fiscalYear()).bind("table", d.tableNo()).bind("seq", d.seq())
                .mapTo(String.class).one());
        return !(MeasureParser.parse(target) instanceof Quantity);
    }
}
