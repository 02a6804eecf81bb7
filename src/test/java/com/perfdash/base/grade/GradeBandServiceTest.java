package com.perfdash.base.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.perfdash.TestDatabase;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Java's 等级 bands are the rows of grade_band, and grade as score_grade does in SQL. */
class GradeBandServiceTest {

    private static TestDatabase db;

    @BeforeAll
    static void setUp() {
        db = new TestDatabase();
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void the_bands_are_the_rows_of_grade_band_best_first() {
        GradeBands bands = new GradeBandService(db.jdbi()).bands();

        assertThat(bands.bands()).extracting(GradeBand::grade, GradeBand::gradeKey, GradeBand::lowerBound, GradeBand::upperBound)
                .containsExactly(
                        tuple("优", GradeBand.EXCELLENT, new BigDecimal("90"), null),
                        tuple("良", GradeBand.GOOD, new BigDecimal("80"), new BigDecimal("90")),
                        tuple("中", GradeBand.FAIR, new BigDecimal("60"), new BigDecimal("80")),
                        tuple("差", GradeBand.POOR, null, new BigDecimal("60")));
        assertThat(bands.thresholds()).containsExactly(new BigDecimal("60"), new BigDecimal("80"), new BigDecimal("90"));
        int rows = db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM grade_band()").mapTo(Integer.class).one());
        assertThat(rows).isEqualTo(bands.bands().size());
    }

    @Test
    void java_grades_every_boundary_as_score_grade_does() {
        GradeBands bands = new GradeBandService(db.jdbi()).bands();

        for (String score : List.of("0", "59.99", "60", "60.00", "79.99", "80", "89.99", "90", "100", "104.5")) {
            BigDecimal s = new BigDecimal(score);
            String sql = db.jdbi().withHandle(h -> h.createQuery("SELECT score_grade(CAST(:s AS DECIMAL(6,2)))")
                    .bind("s", s).mapTo(String.class).one());
            assertThat(bands.gradeOf(s)).as("score %s", score).isEqualTo(Optional.of(sql));
        }
        assertThat(List.of("59.99", "60", "79.99", "80", "89.99", "90").stream().map(v -> bands.gradeOf(new BigDecimal(v)).orElseThrow()))
                .containsExactly("差", "中", "中", "良", "良", "优");
        assertThat(bands.gradeOf(null)).isEmpty();
        boolean ungraded = db.jdbi().withHandle(h -> h.createQuery("SELECT score_grade(NULL::DECIMAL(6,2)) IS NULL").mapTo(Boolean.class).one());
        assertThat(ungraded).isTrue();
    }

    @Test
    void the_charts_shade_the_bands_the_database_defines() {
        GradeBands bands = new GradeBandService(db.jdbi()).bands();
        // each band as the score chart shades it, on a 50–100 axis
        assertThat(bands.bands()).extracting(b -> b.lowerOr(50).doubleValue(), b -> b.upperOr(100).doubleValue())
                .containsExactly(tuple(90.0, 100.0), tuple(80.0, 90.0), tuple(60.0, 80.0), tuple(50.0, 60.0));
    }

    @Test
    void the_bands_are_read_once() {
        GradeBandService service = new GradeBandService(db.jdbi());

        assertThat(service.bands()).isSameAs(service.bands());
    }
}
