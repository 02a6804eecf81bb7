package com.perfdash;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.Theme;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** 预算绩效自评报告分析 — entry point of the Spring Boot + Vaadin application. */
@SpringBootApplication
@Theme("perfdash")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    /** One clock for the whole app, so that tests can pin "today". */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
