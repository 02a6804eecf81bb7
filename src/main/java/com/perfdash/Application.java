package com.perfdash;

import com.perfdash.importer.ImportCommand;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.Theme;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/** 预算绩效自评报告分析 — entry point of the Spring Boot + Vaadin application. */
@SpringBootApplication
@Theme("perfdash")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(Application.class);
        boolean importOnly = ImportCommand.requested(args);
        if (importOnly) {
            // the headless import (README, "Import"): no web server, exit when the command is done
            app.setWebApplicationType(WebApplicationType.NONE);
            // Vaadin's Spring integration needs a web application context; the command needs none of it
            app.setDefaultProperties(java.util.Map.of("spring.autoconfigure.exclude",
                    "com.vaadin.flow.spring.SpringBootAutoConfiguration,com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
                    "perfdash.data.watch", "false"));
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
