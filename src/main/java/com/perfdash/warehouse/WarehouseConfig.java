package com.perfdash.warehouse;

import com.perfdash.base.db.ReadOnlyNode;

import com.perfdash.security.AuditLog;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wiring of the warehouse: {@code perfdash.warehouse.dir} (PERFDASH_WAREHOUSE) is the folder that holds
 * {@code model/}; {@code perfdash.read-only} (PERFDASH_READ_ONLY) makes this node a read-only node over it.
 */
@Configuration(proxyBeanMethods = false)
public class WarehouseConfig {

    @Bean
    ReadOnlyNode readOnlyNode(@Value("${perfdash.read-only:false}") boolean readOnly) {
        return new ReadOnlyNode(readOnly);
    }

    @Bean
    WarehouseExporter warehouseExporter(Jdbi jdbi, Clock clock, @Value("${perfdash.warehouse.dir:var/warehouse}") String dir) {
        return new WarehouseExporter(jdbi, Path.of(dir), clock);
    }

    @Bean
    WarehouseService warehouseService(WarehouseExporter exporter, AuditLog audit, ReadOnlyNode node) {
        return new WarehouseService(exporter, audit, node);
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "perfdash.read-only", havingValue = "true")
    WarehouseReader warehouseReader(Jdbi jdbi, @Value("${perfdash.warehouse.dir:var/warehouse}") String dir,
                                    @Value("${perfdash.read-only.refresh:30s}") Duration every) {
        WarehouseReader reader = new WarehouseReader(jdbi, Path.of(dir));
        reader.start(every);
        return reader;
    }
}
