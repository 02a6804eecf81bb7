package com.perfdash.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reports offered for download as a workbook, read a page at a time and searched in SQL, on the
 * comparison fixture: seven units, 13 reports (北山镇 s4 has no 2022 report).
 */
class ReportPickerTest {

    @AutoClose
    private static final TestDatabase db = new TestDatabase();
    private static final ReportWorkbookService service = new ReportWorkbookService(db.jdbi());

    @BeforeAll
    static void load() {
        db.loader().load(Path.of("src/test/resources/fixtures/compare"));
    }

    private static List<String> labels(List<ReportOption> options) {
        return options.stream().map(o -> o.unitCode() + " " + o.fiscalYear()).toList();
    }

    @Test
    void every_report_by_unit_name_and_newest_year_first() {
        assertThat(labels(service.reports(null, 0, 100))).containsExactly(
                "s1 2023", "s1 2022", "p1 2023", "p1 2022", "s4 2023", "s3 2023", "s3 2022",
                "g2 2023", "g2 2022", "g1 2023", "g1 2022", "s2 2023", "s2 2022");
        assertThat(service.countReports(null)).isEqualTo(13);
        assertThat(service.countReports("  ")).isEqualTo(13);
        assertThat(service.reports(null, 0, 1)).containsExactly(new ReportOption("s1", "东街街道办事处", 2023));
    }

    @Test
    void pages_are_cut_in_sql() {
        List<ReportOption> all = service.reports(null, 0, 100);

        assertThat(service.reports(null, 3, 4)).isEqualTo(all.subList(3, 7));
        assertThat(service.reports(null, 10, 50)).isEqualTo(all.subList(10, 13));
        assertThat(service.reports(null, 13, 50)).isEmpty();
        assertThat(service.reports(null, 0, 0)).isEmpty();
    }

    @Test
    void the_search_finds_the_unit_name_code_year_or_the_label_as_shown() {
        assertThat(labels(service.reports("街道", 0, 100))).containsExactly("s1 2023", "s1 2022", "s2 2023", "s2 2022");
        assertThat(labels(service.reports("G1", 0, 100))).containsExactly("g1 2023", "g1 2022");
        assertThat(labels(service.reports("2022", 0, 100))).containsExactly("s1 2022", "p1 2022", "s3 2022", "g2 2022", "g1 2022", "s2 2022");
        assertThat(service.countReports("2022")).isEqualTo(6);
        assertThat(labels(service.reports("镇人民政府 · 2023", 0, 100))).containsExactly("s4 2023", "s3 2023");
        assertThat(labels(service.reports("2022", 2, 2))).containsExactly("s3 2022", "g2 2022");
        // wildcards are taken literally
        assertThat(service.reports("%", 0, 100)).isEmpty();
        assertThat(service.countReports("s_")).isZero();
        assertThat(service.countReports("!")).isZero();
    }
}
