package com.perfdash.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Over real HTTP with the Spring profile {@code prod}, as deployed behind a reverse proxy on this host: the
 * client address and scheme come from the proxy's X-Forwarded-* headers. The throttle counts each wrong
 * password once, per user name and address, and parallel guesses do not slip past it; the session cookie
 * is Secure when the proxy was reached over HTTPS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"perfdash.db.path=:memory:", "perfdash.data.watch=false", "perfdash.import.dir=${perfdash.test.dir:target}/no-imports",
                "perfdash.security.initial-admin-password=" + ProductionHttpTest.ADMIN_PASSWORD})
@ActiveProfiles("prod")
class ProductionHttpTest {

    static final String ADMIN_PASSWORD = "Grau-Kranich-2026";

    @LocalServerPort
    int port;

    @Autowired
    Jdbi jdbi;

    private WebClient from(String address) {
        return new WebClient(port).from(address);
    }

    private List<String> events(String username, String address) {
        return jdbi.withHandle(h -> h.createQuery("SELECT event FROM audit_log WHERE username = :u AND remote_addr = :a ORDER BY audit_id")
                .bind("u", username).bind("a", address).mapTo(String.class).list());
    }

    @Test
    void one_wrong_password_is_one_failure_in_the_audit_log() {
        HttpResponse<String> r = from("192.0.2.10").signIn("admin", "not-the-password");
        assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        assertThat(events("admin", "192.0.2.10")).containsExactly("login_failed");
    }

    @Test
    void wrong_passwords_from_elsewhere_do_not_lock_the_admin_out_of_the_office() {
        for (int i = 0; i < 5; i++) {
            from("203.0.113.9").signIn("admin", "guess-" + i);
        }
        // the guesser's address is refused now, even with the right password
        WebClient guesser = from("203.0.113.9");
        HttpResponse<String> refused = guesser.signIn("admin", ADMIN_PASSWORD);
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?locked"));
        assertThat(guesser.isSignedIn()).isFalse();
        assertThat(events("admin", "203.0.113.9")).containsExactly("login_failed", "login_failed", "login_failed",
                "login_failed", "login_failed", "login_throttled");
        // the admin at the office signs in
        WebClient office = from("10.20.1.7");
        office.signIn("admin", ADMIN_PASSWORD);
        assertThat(office.isSignedIn()).isTrue();
    }

    @Test
    void twelve_parallel_guesses_get_five_password_checks() throws Exception {
        List<WebClient> guessers = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            WebClient c = from("198.51.100.7");
            tokens.add(c.loginPageToken());
            guessers.add(c);
        }
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                WebClient c = guessers.get(i);
                String form = "username=admin&password=guess-" + i + "&_csrf=" + WebClient.enc(tokens.get(i));
                answers.add(pool.submit(() -> {
                    start.await();
                    return c.post("/login", form);
                }));
            }
            start.countDown();
            for (Future<HttpResponse<String>> a : answers) {
                assertThat(a.get().statusCode()).isEqualTo(302);
            }
        } finally {
            pool.shutdownNow();
        }
        List<String> events = events("admin", "198.51.100.7");
        assertThat(events).hasSize(12);
        assertThat(events.stream().filter("login_failed"::equals).count()).as(events.toString()).isEqualTo(5);
        assertThat(events.stream().filter("login_throttled"::equals).count()).isEqualTo(7);
    }

    @Test
    void behind_a_proxy_reached_over_https_the_session_cookie_is_secure() {
        HttpResponse<String> r = from("192.0.2.11").header("X-Forwarded-Proto", "https").get("/login");
        String cookie = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(cookie).contains("Secure", "HttpOnly", "SameSite=Lax");
        // the proxy's plain HTTP stays plain
        String plain = from("192.0.2.11").get("/login").headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(plain).doesNotContain("Secure");
    }
}
