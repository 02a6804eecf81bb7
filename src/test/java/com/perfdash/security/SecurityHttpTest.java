package com.perfdash.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.jdbi.v3.core.Jdbi;

/** Over real HTTP: nothing but the login page is served without signing in, and passwords are hashed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"perfdash.db.path=:memory:", "perfdash.data.watch=false", "perfdash.import.dir=target/no-imports"})
class SecurityHttpTest {

    /** Every route of the app, with real parameters. */
    private static final List<String> ROUTES = List.of("/", "/data", "/units", "/units?q=荷塘", "/units/zz-hetang-qwbgs",
            "/units/zz-hetang-qwbgs/2020", "/units/zz-hetang-qwbgs/2020/projects/1", "/review", "/compare", "/projects",
            "/import", "/import/template", "/import/workbook?unit=zz-hetang-qwbgs&year=2020", "/admin/users", "/no-such-page");

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
}
