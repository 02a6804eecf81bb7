package com.perfdash.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The throttle's rule over its real tables (V018), on a clock the test moves: per user name and address,
 * the name's back-off over every address, the addresses a user signed in from, expiry.
 */
class LoginThrottleRulesTest {

    /** A clock the test moves forward. */
    static final class TestClock extends Clock {
        private Instant now = Instant.parse("2026-03-02T01:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final TestDatabase db = new TestDatabase();
    private final TestClock clock = new TestClock();
    private final LoginThrottle throttle = throttle();

    private LoginThrottle throttle() {
        // the shipped settings: 5 per address in 15 minutes; past 20 the name waits, until quiet for an
        // hour; known addresses for 30 days
        return new LoginThrottle(db.jdbi(), clock, 5, 15, 20, 60, 30);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** A wrong password: let through and counted, never checked right. */
    private void wrong(String name, String address) {
        assertThat(throttle.begin(name, address)).as(name + " from " + address).isEmpty();
    }

    private int rows(String table) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Integer.class).one());
    }

    @Test
    void five_wrong_passwords_from_one_address_lock_that_address_only_and_only_for_fifteen_minutes() {
        for (int i = 0; i < 5; i++) {
            wrong("admin", "203.0.113.9");
        }
        Optional<LoginThrottle.Refusal> refused = throttle.begin("admin", "203.0.113.9");
        assertThat(refused).hasValueSatisfying(r -> {
            assertThat(r.reason()).isEqualTo(LoginThrottle.Reason.ADDRESS_LOCKED);
            assertThat(r.retryAfter()).isEqualTo(Duration.ofMinutes(15));
        });
        // the same name from the user's own office, and another name from the guesser's address, go on
        assertThat(throttle.begin("admin", "10.20.1.7")).isEmpty();
        assertThat(throttle.begin("finance", "203.0.113.9")).isEmpty();
        // names are counted as typed, trimmed and in lower case
        assertThat(throttle.begin(" ADMIN ", "203.0.113.9")).isPresent();

        clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        assertThat(throttle.begin("admin", "203.0.113.9")).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.begin("admin", "203.0.113.9")).isEmpty();
    }

    @Test
    void four_wrong_passwords_and_the_right_one_start_the_address_afresh() {
        for (int i = 0; i < 4; i++) {
            wrong("unit", "10.20.1.8");
        }
        assertThat(throttle.begin("unit", "10.20.1.8")).isEmpty();
        throttle.succeeded("unit", "10.20.1.8");
        for (int i = 0; i < 5; i++) {
            wrong("unit", "10.20.1.8");
        }
        assertThat(throttle.begin("unit", "10.20.1.8")).isPresent();
    }

    @Test
    void wrong_passwords_spread_over_fifteen_minutes_do_not_add_up() {
        for (int i = 0; i < 4; i++) {
            wrong("leader", "10.20.1.9");
        }
        clock.advance(Duration.ofMinutes(15));
        for (int i = 0; i < 4; i++) {
            wrong("leader", "10.20.1.9");
        }
        assertThat(throttle.begin("leader", "10.20.1.9")).isEmpty();
    }

    @Test
    void twelve_parallel_guesses_get_five_password_checks() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<Boolean>> guesses = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                guesses.add(() -> {
                    start.await();
                    return throttle.begin("admin", "198.51.100.7").isEmpty();
                });
            }
            List<Future<Boolean>> results = new ArrayList<>();
            for (Callable<Boolean> g : guesses) {
                results.add(pool.submit(g));
            }
            start.countDown();
            int checked = 0;
            for (Future<Boolean> r : results) {
                checked += r.get() ? 1 : 0;
            }
            assertThat(checked).isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void past_twenty_wrong_passwords_from_anywhere_the_name_waits_longer_each_time_but_not_where_its_user_signs_in() {
        // the user signed in from the office last week
        assertThat(throttle.begin("admin", "10.20.1.7")).isEmpty();
        throttle.succeeded("admin", "10.20.1.7");
        clock.advance(Duration.ofDays(7));
        // guessers at four addresses, five each: each address locks, the name has 20
        for (int a = 1; a <= 4; a++) {
            for (int i = 0; i < 5; i++) {
                wrong("admin", "203.0.113." + a);
            }
        }
        // the 21st from a fifth address is checked, and from then on the name waits 1 s, 2 s, 4 s...
        wrong("admin", "203.0.113.5");
        assertThat(throttle.begin("admin", "203.0.113.6")).hasValueSatisfying(r -> {
            assertThat(r.reason()).isEqualTo(LoginThrottle.Reason.NAME_BACKOFF);
            assertThat(r.retryAfter()).isEqualTo(Duration.ofSeconds(1));
        });
        // the user, at the office, is not kept waiting
        assertThat(throttle.begin("admin", "10.20.1.7")).isEmpty();
        throttle.succeeded("admin", "10.20.1.7");
        clock.advance(Duration.ofSeconds(1));
        wrong("admin", "203.0.113.6");
        assertThat(throttle.begin("admin", "203.0.113.7")).hasValueSatisfying(r -> assertThat(r.retryAfter()).isEqualTo(Duration.ofSeconds(2)));
        clock.advance(Duration.ofSeconds(2));
        wrong("admin", "203.0.113.7");
        assertThat(throttle.begin("admin", "203.0.113.8")).hasValueSatisfying(r -> assertThat(r.retryAfter()).isEqualTo(Duration.ofSeconds(4)));
        // a guesser who waits each time: the wait doubles up to the lock time, and waiting it out does not
        // start the name afresh
        Duration wait = Duration.ZERO;
        for (int i = 0; i < 12; i++) {
            wait = throttle.begin("admin", "203.0.114." + i).orElseThrow().retryAfter();
            clock.advance(wait);
            wrong("admin", "203.0.114." + i);
        }
        assertThat(wait).isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.begin("admin", "203.0.115.1")).hasValueSatisfying(r -> assertThat(r.retryAfter()).isEqualTo(Duration.ofMinutes(15)));
        assertThat(throttle.begin("admin", "10.20.1.7")).isEmpty();
        // an hour's quiet after the last wait, and the name starts afresh
        clock.advance(Duration.ofMinutes(15 + 60));
        assertThat(throttle.begin("admin", "203.0.115.1")).isEmpty();
        assertThat(throttle.begin("admin", "203.0.115.2")).isEmpty();
    }

    @Test
    void a_guessed_name_that_nobody_has_leaves_no_rows_once_its_time_has_passed() {
        for (int i = 0; i < 200; i++) {
            wrong("guess-" + i, "203.0.113." + (i % 250));
        }
        assertThat(rows("login_failure")).isEqualTo(200);
        assertThat(rows("login_backoff")).isEqualTo(200);
        // after the lock time the address counts go, after the name window the name counts
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        wrong("one-more", "203.0.113.1");
        assertThat(rows("login_failure")).isEqualTo(1);
        assertThat(rows("login_backoff")).isEqualTo(201);
        clock.advance(Duration.ofMinutes(45));
        wrong("and-another", "203.0.113.1");
        assertThat(rows("login_failure")).isEqualTo(1);
        assertThat(rows("login_backoff")).isEqualTo(2);
        assertThat(rows("login_known_address")).isZero();
        // a name or address longer than any real one is kept cut
        wrong("x".repeat(10_000), "y".repeat(10_000));
        int longest = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT max(greatest(length(username), length(remote_addr))) FROM login_failure").mapTo(Integer.class).one());
        assertThat(longest).isEqualTo(LoginThrottle.MAX_KEY);
    }

    @Test
    void a_lock_holds_for_a_new_throttle_on_the_same_database_as_after_a_restart() {
        for (int i = 0; i < 5; i++) {
            wrong("admin", "203.0.113.9");
        }
        LoginThrottle afterRestart = throttle();
        assertThat(afterRestart.begin("admin", "203.0.113.9")).isPresent();
        assertThat(afterRestart.begin("admin", "10.20.1.7")).isEmpty();
    }
}
