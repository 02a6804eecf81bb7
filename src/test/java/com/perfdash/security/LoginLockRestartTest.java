package com.perfdash.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.Application;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The app stopped and started again on its database file: a locked user name is still locked. */
class LoginLockRestartTest {

    private static final Path DIR = Path.of("target", "login-lock-restart");

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class).run(
                "--server.port=0", "--perfdash.db.path=" + DIR.resolve("perfdash.duckdb"), "--perfdash.data.watch=false",
                "--perfdash.data.dir=" + DIR.resolve("no-data"), "--perfdash.import.dir=" + DIR.resolve("imports"));
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    @Test
    void a_user_name_locked_before_a_restart_is_locked_after_it() throws IOException {
        if (Files.exists(DIR)) {
            try (Stream<Path> files = Files.walk(DIR)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(DIR.resolve("no-data"));
        try (ConfigurableApplicationContext app = start()) {
            for (int i = 0; i < 5; i++) {
                new WebClient(port(app)).signIn("finance", "guess-" + i);
            }
            WebClient client = new WebClient(port(app));
            assertThat(client.signIn("finance", "finance-demo").headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login?locked"));
        }
        try (ConfigurableApplicationContext app = start()) {
            WebClient client = new WebClient(port(app));
            HttpResponse<String> r = client.signIn("finance", "finance-demo");
            assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?locked"));
            assertThat(client.isSignedIn()).isFalse();
            // another name was never locked
            WebClient leader = new WebClient(port(app));
            leader.signIn("leader", "leader-demo");
            assertThat(leader.isSignedIn()).isTrue();
        }
    }
}
