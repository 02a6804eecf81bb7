package com.perfdash.warehouse;

import com.perfdash.security.AuditLog;
import java.nio.file.Path;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wiring of the warehouse export: {@code perfdash.warehouse.dir} (PERFDASH_WAREHOUSE) is the folder that holds {@code model/}. */
@Configuration(proxyBeanMethods = false)
public class WarehouseConfig {

    @Bean
    WarehouseExporter warehouseExporter(Jdbi jdbi, Clock clock, @Value("${perfdash.warehouse.dir:var/warehouse}") String dir) {
        return new WarehouseExporter(jdbi, Path.of(dir), clock);
    }

    @Bean
    WarehouseService warehouseService(WarehouseExporter exporter, AuditLog audit) {
        return new WarehouseService(exporter, audit);
    }
}
