package com.perfdash.security;

import com.perfdash.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Every page, download and server call needs a signed-in user; only the login page and Vaadin's own
 * static resources are public. Views say who may open them with {@code @PermitAll} /
 * {@code @RolesAllowed}; the data a user sees is cut to its scope in the services.
 */
@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
public class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    ThrottledAuthenticationProvider authenticationProvider(UserStore users, PasswordEncoder encoder, LoginThrottle throttle,
                                                           AuditLog audit) {
        return new ThrottledAuthenticationProvider(users, encoder, throttle, audit);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ThrottledAuthenticationProvider provider, AuditLog audit)
            throws Exception {
        http.authenticationProvider(provider);
        http.headers(h -> h
                .frameOptions(f -> f.sameOrigin())
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")));
        http.logout(l -> l.addLogoutHandler((request, response, authentication) -> {
            if (authentication != null) {
                audit.record(authentication.getName(), "logout", null, request.getRemoteAddr());
            }
        }));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }
}
