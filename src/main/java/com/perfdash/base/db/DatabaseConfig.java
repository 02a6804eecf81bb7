package com.perfdash.base.db;

import java.nio.file.Path;
import org.jdbi.v3.core.Jdbi;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Spring wiring of the DuckDB database, the migrated schema and Jdbi. */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfig {

    /**
     * {@code perfdash.db.path}: a file path, or {@code :memory:} for a private in-memory database;
     * {@code perfdash.db.memory-limit}, {@code perfdash.db.temp-directory} and {@code perfdash.db.threads}: DuckDB's own settings
     * ({@link DuckDbSettings}), empty for DuckDB's defaults.
     */
    @Bean(destroyMethod = "close")
    DuckDbDatabase duckDbDatabase(@Value("${perfdash.db.path}") String path,
                                  @Value("${perfdash.db.memory-limit:}") String memoryLimit,
                                  @Value("${perfdash.db.temp-directory:}") String tempDirectory,
                                  @Value("${perfdash.db.threads:}") String threads) {
        DuckDbSettings settings = new DuckDbSettings(memoryLimit, tempDirectory, threads);
        return ":memory:".equals(path) ? DuckDbDatabase.inMemory(settings) : DuckDbDatabase.openFile(Path.of(path), settings);
    }

    @Bean
    Jdbi jdbi(DuckDbDatabase database, ObjectProvider<ConnectionScope> scope) {
        Jdbi jdbi = Jdbis.create(database, scope.getIfAvailable(() -> ConnectionScope.ALL_UNITS));
        SchemaMigrations.migrate(jdbi);
        return jdbi;
    }
}
