package com.perfdash.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.jdbi.v3.core.Jdbi;

/**
 * Over real HTTP: nothing but the login page is served without signing in, a sign-in needs the login
 * page's CSRF token, the session lives in a cookie only, every page carries the Content-Security-Policy,
 * and passwords are hashed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"perfdash.db.path=:memory:", "perfdash.data.watch=false", "perfdash.import.dir=${perfdash.test.dir:target}/no-imports",
                "perfdash.demo-review=false"})
class SecurityHttpTest {

    /** Every route of the app, with real parameters. */
    private static final List<String> ROUTES = List.of("/", "/data", "/units", "/units?q=荷塘", "/units/zz-hetang-qwbgs",
            "/units/zz-hetang-qwbgs/2020", "/units/zz-hetang-qwbgs/2020/projects/1", "/review", "/compare", "/projects",
            "/import", "/import/template", "/import/workbook?unit=zz-hetang-qwbgs&year=2020", "/admin/users", "/admin/rule-sets", "/no-such-page");

    @LocalServerPort
    int port;

    @Autowired
    Jdbi jdbi;

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        URI uri = URI.create("http://localhost:" + port + path.replace("荷塘", "%E8%8D%B7%E5%A1%98"));
        return client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void every_route_without_login_redirects_to_the_login_page() throws Exception {
        for (String route : ROUTES) {
            HttpResponse<String> r = get(route);
            assertThat(r.statusCode()).as(route).isEqualTo(302);
            assertThat(r.headers().firstValue("Location")).as(route).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
    }

    @Test
    void the_login_page_is_served_with_security_headers() throws Exception {
        HttpResponse<String> r = get("/login");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(r.body()).doesNotContain("Exception");
    }

    @Test
    void the_user_store_holds_only_bcrypt_hashes_never_a_plain_password() {
        List<String> rows = jdbi.withHandle(h -> h.createQuery("SELECT username || '|' || display_name || '|' || role || '|' "
                + "|| coalesce(unit_code, '') || '|' || password_hash FROM app_user").mapTo(String.class).list());
        assertThat(rows).hasSize(DemoUsers.ACCOUNTS.size());
        for (DemoUsers.DemoAccount account : DemoUsers.ACCOUNTS) {
            assertThat(rows).noneMatch(row -> row.contains(account.password()));
        }
        List<String> hashes = jdbi.withHandle(h -> h.createQuery("SELECT password_hash FROM app_user").mapTo(String.class).list());
        assertThat(hashes).allMatch(hash -> hash.matches("\\$2[aby]\\$10\\$.{53}"));
    }

    @Test
    void a_login_post_without_the_login_pages_csrf_token_signs_nobody_in() {
        // a foreign page makes the victim's browser post the attacker's credentials (login CSRF)
        WebClient victim = new WebClient(port).header("Origin", "http://evil.example");
        victim.get("/login");
        HttpResponse<String> r = victim.post("/login", "username=admin&password=admin-demo");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?expired"));
        assertThat(victim.isSignedIn()).isFalse();
        // and a token from another session is no better
        String othersToken = new WebClient(port).loginPageToken();
        victim.post("/login", "username=admin&password=admin-demo&_csrf=" + WebClient.enc(othersToken));
        assertThat(victim.isSignedIn()).isFalse();
    }

    @Test
    void the_login_form_with_its_pages_token_signs_in() {
        WebClient browser = new WebClient(port);
        HttpResponse<String> r = browser.signIn("leader", "leader-demo");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("/login"));
        assertThat(browser.isSignedIn()).isTrue();
    }

    @Test
    void no_redirect_carries_a_session_id_in_its_address() {
        for (String path : List.of("/", "/units", "/VAADIN/", "/VAADIN/build/", "/admin/users", "/no-such-page")) {
            HttpResponse<String> r = new WebClient(port).get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(302);
            assertThat(r.headers().firstValue("Location")).as(path)
                    .hasValueSatisfying(l -> assertThat(l).doesNotContainIgnoringCase("jsessionid").doesNotContain(";"));
        }
    }

    @Test
    void a_session_id_in_the_address_is_not_taken_for_the_session() {
        WebClient admin = new WebClient(port);
        admin.signIn("admin", "admin-demo");
        assertThat(admin.isSignedIn()).isTrue();
        String stolen = admin.sessionId().orElseThrow();
        HttpResponse<String> r = new WebClient(port).get("/units;jsessionid=" + stolen);
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_and_over_plain_http_not_secure() {
        HttpResponse<String> r = new WebClient(port).get("/login");
        String cookie = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void every_page_carries_a_content_security_policy_whose_nonce_only_the_pages_own_scripts_have() throws Exception {
        HttpResponse<String> r = get("/login");
        String policy = r.headers().firstValue("Content-Security-Policy").orElseThrow();
        Matcher nonce = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=_-]{22,})' 'unsafe-eval';").matcher(policy);
        assertThat(nonce.find()).as(policy).isTrue();
        assertThat(policy).contains("default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
                "frame-ancestors 'self'");
        // every script of the bootstrap page, inline or not, carries this response's nonce
        Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(r.body());
        int count = 0;
        while (scripts.find()) {
            assertThat(scripts.group(1)).contains("nonce=\"" + nonce.group(1) + "\"");
            count++;
        }
        assertThat(count).isGreaterThan(3);
        // a new response, a new nonce
        assertThat(get("/login").headers().firstValue("Content-Security-Policy").orElseThrow()).isNotEqualTo(policy);
        // the sign-in redirect and the static files carry the policy as well
        assertThat(get("/units").headers().firstValue("Content-Security-Policy")).isPresent();
    }
}
