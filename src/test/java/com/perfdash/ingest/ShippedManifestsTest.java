package com.perfdash.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.TestDatabase;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped data sets carry a manifest that matches their files: editing a CSV without regenerating
 * the manifest fails here (and the app would refuse to load the set).
 */
class ShippedManifestsTest {

    /** {@code -Dperfdash.write-manifests=true} rewrites the shipped manifests instead of checking them. */
    private static final boolean WRITE = Boolean.getBoolean("perfdash.write-manifests");

    @Test
    void the_demo_and_seed_manifests_match_their_files() throws IOException {
        for (String name : List.of("demo", "seed")) {
            Path folder = TestDatabase.DATA.resolve(name);
            if (WRITE) {
                DataSetManifest.write(folder);
            }
            assertThat(folder.resolve(LoadSources.MANIFEST)).as("data/%s has a manifest", name).isRegularFile();
            assertThat(DataSetManifest.check(new DataSetSource(folder, name, "data", 0)))
                    .as("data/%s/manifest.csv must match the files; after a meant change regenerate it with"
                            + " ./mvnw -q test -Dtest=ShippedManifestsTest -Dperfdash.write-manifests=true", name)
                    .isEmpty();
            assertThat(DataSetManifest.read(folder).orElseThrow().keySet()).as("data/%s/manifest.csv lists the eight files", name)
                    .containsExactlyInAnyOrderElementsOf(DataFormat.FILES.stream().map(FileSpec::fileName).toList());
        }
    }

    @Test
    void the_manifest_counts_data_rows_as_the_loader_does() throws IOException {
        try (TestDatabase db = new TestDatabase()) {
            db.loader().load(LoadSources.dataOnly(TestDatabase.DATA));
            long indicators = DataSetManifest.read(TestDatabase.DATA.resolve("demo")).orElseThrow().get("indicators.csv").dataRows()
                    + DataSetManifest.read(TestDatabase.SEED).orElseThrow().get("indicators.csv").dataRows();
            long loaded = db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM indicator").mapTo(Long.class).one());
            assertThat(loaded).isEqualTo(indicators).isEqualTo(6820L);
        }
    }
}
