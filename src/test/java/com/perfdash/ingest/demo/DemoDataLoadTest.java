package com.perfdash.ingest.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.TestDatabase;
import com.perfdash.ingest.LoadResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator's output goes through the app's validated load with zero errors. */
class DemoDataLoadTest {

    @Test
    void the_shipped_data_folder_loads_with_the_real_report_beside_the_demo_district() {
        try (TestDatabase db = new TestDatabase()) {
            LoadResult r = db.loader().load(TestDatabase.DATA);
            assertThat(r.dataSets()).isEqualTo(2);
            assertThat(r.units()).isEqualTo(29);
            assertThat(r.reports()).isEqualTo(271);
            List<String> kinds = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT source_kind || ':' || count(*) FROM report GROUP BY source_kind ORDER BY 1").mapTo(String.class).list());
            assertThat(kinds).containsExactly("demo:270", "real:1");
            List<Integer> demoYears = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT DISTINCT fiscal_year FROM report WHERE source_kind = 'demo' ORDER BY 1").mapTo(Integer.class).list());
            assertThat(demoYears).containsExactly(2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025);
        }
    }

    @Test
    void another_seed_and_size_also_loads_with_zero_errors(@TempDir Path data) throws java.io.IOException {
        new DemoDistrictGenerator(new DemoSpec(7L, 60, 2021, 2023, "demo-district")).writeTo(data.resolve("other"));
        try (TestDatabase db = new TestDatabase()) {
            LoadResult r = db.loader().load(data);
            assertThat(r.units()).isEqualTo(60);
            assertThat(r.reports()).isBetween(170, 180);
        }
    }
}
