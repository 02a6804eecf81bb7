package com.perfdash.overview;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which of the seed report's contradicting figures the trend takes (docs/metrics.md, "Where a report
 * contradicts itself"): the real 2020 report of 中共株洲市荷塘区委办公室, alone.
 */
class OverviewSeedTest {

    @TempDir
    static Path data;

    private static TestDatabase db;
    private static OverviewService service;

    @BeforeAll
    static void loadTheSeedAlone() throws IOException {
        Path seed = Files.createDirectories(data.resolve("seed"));
        try (Stream<Path> files = Files.list(TestDatabase.SEED)) {
            for (Path f : files.filter(Files::isRegularFile) // the data files only: a copy may be edited, its manifest would not match
                    .filter(f -> !f.getFileName().toString().equals(com.perfdash.ingest.LoadSources.MANIFEST)).toList()) {
                Files.copy(f, seed.resolve(f.getFileName()));
            }
        }
        db = new TestDatabase();
        db.loader().load(data);
        service = new OverviewService(db.jdbi());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void the_seed_trend_takes_the_合计_row_the_stated_parts_and_the_listed_projects() {
        YearAggregate y = service.yearAggregate(OverviewFilter.years(2020, 2020), 2020).orElseThrow();
        // 合计 row: 516.66 / 516.66, not the sub-rows' 516.66 + 10.25 = 526.91
        assertThat(y.fullYearBudget()).isEqualByComparingTo("516.66");
        assertThat(y.executed()).isEqualByComparingTo("516.66");
        assertThat(y.executionRate()).isEqualByComparingTo("1");
        // the parts as stated (580.92 + 38.1 = 619.02, more than the stated 支出 516.66)
        assertThat(y.basicSpending()).isEqualByComparingTo("580.92");
        assertThat(y.projectSpending()).isEqualByComparingTo("38.10");
        assertThat(y.projectShare()).isEqualByComparingTo("0.061549");   // 38.1 / 619.02
        // the 8 projects the text lists, 9+21+4.5+4.5+4.5+9+9+31.5; not 项目支出 38.1, not 146.25
        assertThat(y.projectFunding()).isEqualByComparingTo("93");
        assertThat(y.medianScore()).isEqualByComparingTo("92");
        assertThat(service.gradeMixes(OverviewFilter.years(2020, 2020))).containsExactly(new GradeMix(2020, 1, 0, 0, 0, 0));
        assertThat(service.watchList(OverviewFilter.years(2020, 2020), 2020)).isEmpty();
    }
}
