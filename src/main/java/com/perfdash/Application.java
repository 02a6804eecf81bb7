package com.perfdash;

import com.perfdash.importer.ImportCommand;
import com.perfdash.warehouse.WarehouseCommand;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.Theme;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/** 预算绩效自评报告分析 — entry point of the Spring Boot + Vaadin application. */
@SpringBootApplication
@Theme("perfdash")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(Application.class);
        boolean importOnly = ImportCommand.requested(args) || WarehouseCommand.requested(args);
        if (importOnly) {
            // the headless import (README, "Import") or warehouse export (docs/scale-out.md): the app's sign-in and Vaadin need their servlet
            // context, so a web server starts too, on a free port of the loopback interface only; the
            // process exits when the command is done
            // (system properties: they win over application.properties, the command line over them)
            java.util.Map.of("server.port", "0", "server.address", "127.0.0.1", "perfdash.data.watch", "false")
                    .forEach((key, value) -> {
                        if (System.getProperty(key) == null) {
                            System.setProperty(key, value);
                        }
                    });
        }
        ConfigurableApplicationContext context = app.run(args);
        if (importOnly) {
            System.exit(SpringApplication.exit(context));
        }
    }

    /** One clock for the whole app, so that tests can pin "today". */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
