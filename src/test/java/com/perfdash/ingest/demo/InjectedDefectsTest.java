package com.perfdash.ingest.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.ingest.demo.ReportChecks.Finding;
import com.perfdash.ingest.demo.ReportChecks.Quantity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The planted defects, recorded through the generator's defect sink and nowhere else: each must be
 * visible in the files where the record says, reports without one must pass every check, and each
 * kind must stay a sprinkle.
 */
class InjectedDefectsTest {

    static List<InjectedDefect> defects;
    static ReportChecks checks;

    @BeforeAll
    static void generate() {
        defects = DefaultDataSet.get().defects;
        checks = new ReportChecks(DefaultDataSet.get().files);
    }

    private static String report(InjectedDefect d) {
        return d.unitCode() + "|" + d.fiscalYear();
    }

    @Test
    void each_recorded_defect_is_found_by_its_check_where_the_record_says() {
        assertThat(defects).isNotEmpty();
        for (InjectedDefect d : defects) {
            List<Finding> findings = checks.findings(report(d));
            assertThat(findings).as("%s", d).anySatisfy(f -> {
                assertThat(f.kind()).isEqualTo(d.kind());
                if (d.tableNo() != null && d.kind() != DefectKind.AMOUNT_IN_YUAN) {
                    assertThat(f.tableNo()).isEqualTo(d.tableNo());
                }
            });
        }
    }

    @Test
    void reports_without_recorded_defects_pass_every_check() {
        Set<String> defective = defects.stream().map(InjectedDefectsTest::report).collect(Collectors.toSet());
        int clean = 0;
        for (String report : checks.reportByKey.keySet()) {
            if (!defective.contains(report)) {
                assertThat(checks.findings(report)).as(report).isEmpty();
                clean++;
            }
        }
        assertThat(clean).isGreaterThan(checks.reportByKey.size() / 3);
    }

    @Test
    void reports_without_recorded_defects_add_up_everywhere_else_too() {
        Set<String> defective = defects.stream().map(InjectedDefectsTest::report).collect(Collectors.toSet());
        for (Map.Entry<String, Map<String, String>> e : checks.reportByKey.entrySet()) {
            if (defective.contains(e.getKey())) {
                continue;
            }
            Map<String, String> r = e.getValue();
            assertThat(ReportChecks.z(r.get("expenditure_basic")).add(ReportChecks.z(r.get("expenditure_project")))
                    .add(ReportChecks.z(r.get("expenditure_balance")))).as(e.getKey())
                    .isEqualByComparingTo(r.get("expenditure_total"));
            assertThat(ReportChecks.z(r.get("initial_projects_actual")).add(ReportChecks.z(r.get("midyear_projects_actual"))))
                    .as(e.getKey()).isEqualByComparingTo(r.get("expenditure_project"));
            List<Map<String, String>> projects = checks.projectsByReport.get(e.getKey());
            for (Map<String, String> t : checks.tablesByReport.get(e.getKey())) {
                if (t.get("kind").equals("project")) {
                    Map<String, String> listed = projects.stream().filter(p -> p.get("project_name").equals(t.get("project_name")))
                            .findFirst().orElseThrow();
                    assertThat(t.get("total_investment")).as(e.getKey()).isEqualTo(listed.get("budget"));
                    Map<String, String> total = checks.fundsByTable.get(e.getKey() + "|" + t.get("table_no")).get("total");
                    assertThat(total.get("executed")).isEqualTo(listed.get("actual"));
                }
            }
        }
    }

    @Test
    void points_off_and_full_points_defects_sit_on_met_and_clearly_missed_targets() {
        for (InjectedDefect d : defects) {
            if (d.kind() != DefectKind.POINTS_OFF_MET_TARGET_NO_NOTE && d.kind() != DefectKind.FULL_POINTS_ON_MISSED_TARGET) {
                continue;
            }
            Map<String, String> row = checks.indicatorsByTable.get(report(d) + "|" + d.tableNo()).get(d.seq() - 1);
            Quantity target = Quantity.parse(row.get("target"));
            Quantity actual = Quantity.parse(row.get("actual"));
            assertThat(target).as("%s target", d).isNotNull();
            assertThat(actual).as("%s actual", d).isNotNull();
            assertThat(row.get("deviation_note")).as("%s", d).isEmpty();
            if (d.kind() == DefectKind.POINTS_OFF_MET_TARGET_NO_NOTE) {
                assertThat(ReportChecks.met(target, actual)).as("%s", d).isTrue();
                assertThat(ReportChecks.num(row.get("score"))).isLessThan(ReportChecks.num(row.get("weight")));
            } else {
                assertThat(ReportChecks.clearlyMissed(target, actual)).as("%s", d).isTrue();
                assertThat(row.get("score")).isEqualTo(row.get("weight"));
            }
        }
    }

    @Test
    void no_report_carries_more_than_two_defects_or_two_of_one_group() {
        Map<String, List<InjectedDefect>> byReport = defects.stream().collect(Collectors.groupingBy(InjectedDefectsTest::report));
        assertThat(byReport.values()).allSatisfy(list -> {
            assertThat(list).hasSizeLessThanOrEqualTo(2);
            assertThat(list.stream().map(d -> d.kind().group).distinct().count()).isEqualTo(list.size());
        });
    }

    @Test
    void every_defect_kind_appears_in_the_default_data_set() {
        assertThat(defects.stream().map(InjectedDefect::kind).collect(Collectors.toSet())).containsExactlyInAnyOrder(DefectKind.values());
    }

    @Test
    void each_defect_kind_touches_roughly_2_to_6_percent_of_reports(@TempDir Path large) throws IOException {
        List<InjectedDefect> found = new ArrayList<>();
        DemoSummary summary = new DemoDistrictGenerator(new DemoSpec(DemoSpec.DEFAULT_SEED, 100, 2016, 2025, "rates"))
                .writeTo(large, found::add);
        Map<DefectKind, Integer> counts = new EnumMap<>(DefectKind.class);
        found.forEach(d -> counts.merge(d.kind(), 1, Integer::sum));
        assertThat(counts).isEqualTo(summary.defects());
        for (DefectKind kind : DefectKind.values()) {
            double share = counts.getOrDefault(kind, 0) / (double) summary.reports();
            assertThat(share).as("%s share of reports", kind).isBetween(0.015, 0.065);
        }
        long defective = found.stream().map(InjectedDefectsTest::report).distinct().count();
        assertThat(defective / (double) summary.reports()).as("share of reports with any defect").isBetween(0.3, 0.6);
    }
}
