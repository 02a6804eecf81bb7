package com.perfdash.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Points lost on the real seed report, whose whole-unit table adds up, and whose project table does not. */
class CompareSeedTest {

    private static TestDatabase db;

    @BeforeAll
    static void load() {
        db = TestDatabase.loadedFrom(TestDatabase.DATA);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void the_seed_lost_eight_points_on_its_indicators_and_none_on_its_funds() {
        Map<String, Object> t = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT p.* FROM table_points_lost p JOIN report r USING (report_id) "
                        + "WHERE r.unit_code = 'zz-hetang-qwbgs' AND p.table_no = 0").mapToMap().one());

        // 12 indicators weighing 90 scored 82; the funds 10 of 10: 8 points lost = 100 − the stated 92
        assertThat(t.get("indicator_weight").toString()).isEqualTo("90.00");
        assertThat(t.get("indicator_score").toString()).isEqualTo("82.00");
        assertThat(t.get("funds_weight").toString()).isEqualTo("10.00");
        assertThat(t.get("funds_score").toString()).isEqualTo("10.00");
        assertThat(t.get("points_lost").toString()).isEqualTo("8.00");
    }

    @Test
    void the_seed_ranks_by_points_lost_like_any_unit() {
        List<RankingRow> rows = new CompareService(db.jdbi()).ranking(CompareMetric.POINTS_LOST, 2020, null);

        RankingRow seed = rows.stream().filter(r -> r.unitCode().equals("zz-hetang-qwbgs")).findFirst().orElseThrow();
        assertThat(seed.value()).isEqualByComparingTo("8");
        assertThat(seed.rank()).isNotNull();
    }

    @Test
    void the_seed_project_table_weighs_110_and_lost_nothing() {
        Map<String, Object> t = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT p.* FROM table_points_lost p JOIN report r USING (report_id) "
                        + "WHERE r.unit_code = 'zz-hetang-qwbgs' AND p.table_no = 1").mapToMap().one());

        assertThat(t.get("indicator_weight").toString()).isEqualTo("100.00");
        assertThat(t.get("points_lost").toString()).isEqualTo("0.00");
    }
}
