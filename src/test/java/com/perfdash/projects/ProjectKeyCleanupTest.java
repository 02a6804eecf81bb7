package com.perfdash.projects;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.TestDatabase;
import com.perfdash.ingest.DataLoader;
import com.perfdash.ingest.LoadSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** project_name_key holds the keys of the names loaded now: a withdrawn batch's names go with it. */
class ProjectKeyCleanupTest {

    @TempDir
    Path root;

    private final TestDatabase db = new TestDatabase();

    @AfterEach
    void close() {
        db.close();
    }

    private List<String> keys() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT project_name FROM project_name_key ORDER BY 1").mapTo(String.class).list());
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile) // the data files only: a copy may be edited, its manifest would not match
                    .filter(f -> !f.getFileName().toString().equals(com.perfdash.ingest.LoadSources.MANIFEST)).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    @Test
    void the_keys_of_a_withdrawn_batch_s_project_names_are_removed_at_the_reload() throws IOException {
        Path data = root.resolve("data");
        Path imports = root.resolve("imports");
        copy(TestDatabase.SEED, data.resolve("seed"));
        DataLoader loader = new DataLoader(db.jdbi(), TestDatabase.CLOCK, List.of());
        LoadSources sources = new LoadSources(data, imports);
        loader.load(sources);
        List<String> seedKeys = keys();
        assertThat(seedKeys).contains("民主监督经费");

        // a batch restating the seed with its project table renamed
        Path batch = imports.resolve("20261127-090000-1");
        copy(TestDatabase.SEED, batch);
        for (String f : List.of("projects.csv", "eval_tables.csv")) {
            Path p = batch.resolve(f);
            Files.writeString(p, Files.readString(p).replace("经费", "经费（更正）"));
        }
        loader.load(sources);
        assertThat(keys()).as("the new name in, the superseded one out").contains("民主监督经费（更正）").doesNotContain("民主监督经费")
                .hasSameSizeAs(seedKeys);

        Files.writeString(batch.resolve(LoadSources.WITHDRAWN), "withdrawn by test");
        loader.load(sources);

        assertThat(keys()).isEqualTo(seedKeys);
        assertThat(keys()).doesNotContain("民主监督经费（更正）");
    }
}
