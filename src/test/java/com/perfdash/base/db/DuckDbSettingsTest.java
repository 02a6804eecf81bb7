package com.perfdash.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbSettingsTest {

    @TempDir
    Path dir;

    private static String setting(DuckDbDatabase db, String name) throws SQLException {
        try (Connection c = db.newConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT current_setting('" + name + "')")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void the_memory_limit_and_the_temporary_folder_reach_duckdb_and_every_duplicate_connection() throws SQLException {
        Path spill = dir.resolve("spill");
        try (DuckDbDatabase db = DuckDbDatabase.openFile(dir.resolve("app.duckdb"), new DuckDbSettings(" 1GB ", spill.toString()))) {
            // DuckDB states 1 GB (10^9 bytes) in binary units
            assertThat(setting(db, "memory_limit")).isEqualTo("953.6 MiB");
            assertThat(setting(db, "temp_directory")).isEqualTo(spill.toString());
        }
        try (DuckDbDatabase db = DuckDbDatabase.inMemory(new DuckDbSettings("512MB", ""))) {
            assertThat(setting(db, "memory_limit")).isEqualTo("488.2 MiB");
        }
    }

    @Test
    void the_threads_reach_duckdb_and_every_duplicate_connection() throws SQLException {
        try (DuckDbDatabase db = DuckDbDatabase.inMemory(new DuckDbSettings("", "", " 1 "));
             DuckDbDatabase defaults = DuckDbDatabase.inMemory()) {
            assertThat(setting(db, "threads")).isEqualTo("1");
            assertThat(setting(defaults, "threads")).isEqualTo(String.valueOf(Runtime.getRuntime().availableProcessors()));
        }
        assertThat(new DuckDbSettings("", "", "1").isDefault()).isFalse();
    }

    @Test
    void without_settings_duckdb_keeps_its_default_limit() throws SQLException {
        try (DuckDbDatabase db = DuckDbDatabase.inMemory(); DuckDbDatabase limited = DuckDbDatabase.inMemory(new DuckDbSettings("1GB", null))) {
            assertThat(setting(db, "memory_limit")).isNotEqualTo(setting(limited, "memory_limit"));
        }
        assertThat(DuckDbSettings.DEFAULTS.isDefault()).isTrue();
        assertThat(new DuckDbSettings(" ", null).isDefault()).isTrue();
    }

    @Test
    void a_memory_limit_duckdb_cannot_read_names_the_setting_and_the_value() {
        assertThatThrownBy(() -> DuckDbDatabase.inMemory(new DuckDbSettings("eight gigabytes", "")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("memory_limit=eight gigabytes (perfdash.db.memory-limit)");
    }
}
