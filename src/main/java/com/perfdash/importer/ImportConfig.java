package com.perfdash.importer;

import com.perfdash.ingest.DataFolderLoader;
import com.perfdash.security.AuditLog;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** Spring wiring of the import: its limits (configurable) and the service. */
@Configuration(proxyBeanMethods = false)
public class ImportConfig {

    @Bean
    ImportLimits importLimits(@Value("${perfdash.import.max-file-size:20MB}") DataSize maxFileSize,
                              @Value("${perfdash.import.max-rows:5000}") int maxRows,
                              @Value("${perfdash.import.max-staging-per-user:200MB}") DataSize maxStagingPerUser) {
        return ImportLimits.DEFAULT.withMaxFileBytes(maxFileSize.toBytes()).withMaxRows(maxRows)
                .withMaxStagingBytesPerUser(maxStagingPerUser.toBytes());
    }

    @Bean(initMethod = "reconcile")
    ImportService importService(Jdbi jdbi, Clock clock, DataFolderLoader folder, ImportLimits limits,
                                ObjectProvider<ImportService.FindingsReader> findings, AuditLog audit) {
        return new ImportService(jdbi, clock, folder, limits, findings.getIfAvailable(() -> ImportService.FindingsReader.NONE),
                (user, event, detail) -> audit.record(user, event, detail, null));
    }
}
