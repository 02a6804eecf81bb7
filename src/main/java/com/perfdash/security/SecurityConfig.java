package com.perfdash.security;

import com.perfdash.security.ui.LoginView;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Every page, download and server call needs a signed-in user; only the login page and Vaadin's own
 * static resources are public. Views say who may open them with {@code @PermitAll} /
 * {@code @RolesAllowed}; the data a user sees is cut to its scope in the services. What is enforced where
 * is listed in docs/security.md.
 */
@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
public class SecurityConfig {

    /** Where the login form posts, and where a refused sign-in goes back to. */
    static final String LOGIN = "/login";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /**
     * The app's one authentication provider. Spring Boot puts this bean into the global authentication
     * manager, which every filter chain asks; it must not be added to the chain as well, or a wrong
     * password would be checked, counted and logged twice (a chain's own manager hands a failed attempt on
     * to the global one).
     */
    @Bean
    ThrottledAuthenticationProvider authenticationProvider(UserStore users, PasswordEncoder encoder, LoginThrottle throttle,
                                                           AuditLog audit) {
        return new ThrottledAuthenticationProvider(users, encoder, throttle, audit);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuditLog audit, RequestUtil vaadinRequests,
                                            ContentSecurityPolicy csp) throws Exception {
        http.headers(h -> h
                .frameOptions(f -> f.sameOrigin())
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()"))
                .addHeaderWriter(csp));
        // Vaadin's own requests carry Vaadin's CSRF token and are left to it; everything else, the login
        // form included, needs Spring's (Vaadin's default would exempt the login form: login CSRF).
        RequestMatcher loginPost = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, LOGIN);
        http.csrf(c -> c.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest)
                .withObjectPostProcessor(new ObjectPostProcessor<CsrfFilter>() {
                    @Override
                    public <O extends CsrfFilter> O postProcess(O filter) {
                        filter.setAccessDeniedHandler(csrfRefused(loginPost));
                        return filter;
                    }
                }));
        http.logout(l -> l.addLogoutHandler((request, response, authentication) -> {
            if (authentication != null) {
                audit.record(authentication.getName(), "logout", null, request.getRemoteAddr());
            }
        }));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false));
        // a throttled name hears so, instead of "wrong password" (set after Vaadin's configurer, whose login
        // page then keeps this handler; set before it, Spring would serve its own login page)
        ExceptionMappingAuthenticationFailureHandler failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setDefaultFailureUrl(LOGIN + "?error");
        failure.setExceptionMappings(Map.of(LockedException.class.getName(), LOGIN + "?locked"));
        http.formLogin(f -> f.failureHandler(failure));
        return http.build();
    }

    /**
     * A login form posted without its page's token (a forged post, or a page left open past the session)
     * goes back to a fresh login page, signing nobody in; any other request without its token is refused.
     */
    private static AccessDeniedHandler csrfRefused(RequestMatcher loginPost) {
        LinkedHashMap<RequestMatcher, AccessDeniedHandler> handlers = new LinkedHashMap<>();
        handlers.put(loginPost, (request, response, e) -> response.sendRedirect(request.getContextPath() + LOGIN + "?expired"));
        return new RequestMatcherDelegatingAccessDeniedHandler(handlers, new AccessDeniedHandlerImpl());
    }
}
