package com.perfdash.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

class SchemaMigrationsTest {

    @Test
    void every_script_is_applied_once_and_a_skipped_lower_version_is_applied_later() {
        try (DuckDbDatabase db = DuckDbDatabase.inMemory()) {
            Jdbi jdbi = Jdbis.create(db);
            int all = SchemaMigrations.scripts().size();
            assertThat(SchemaMigrations.migrate(jdbi)).isEqualTo(all);
            assertThat(SchemaMigrations.migrate(jdbi)).isZero();
            // A database that recorded a higher version before a lower one existed (parallel branches)
            jdbi.useHandle(h -> {
                h.execute("DROP TABLE report_version");
                h.execute("DELETE FROM schema_version WHERE version = 8");
            });
            assertThat(SchemaMigrations.migrate(jdbi)).isEqualTo(1);
            List<String> tables = jdbi.withHandle(h -> h.createQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_name = 'report_version'").mapTo(String.class).list());
            assertThat(tables).containsExactly("report_version");
        }
    }
}
