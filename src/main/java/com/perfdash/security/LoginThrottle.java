package com.perfdash.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@code maxFailures} wrong passwords for one user name within
 * {@code window}, that name is refused for the rest of the window, whatever the password.
 */
@Component
public class LoginThrottle {

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock, @Value("${perfdash.security.max-failures:5}") int maxFailures,
                         @Value("${perfdash.security.lock-minutes:15}") int lockMinutes) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = Duration.ofMinutes(lockMinutes);
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    public boolean isBlocked(String username) {
        Deque<Instant> times = failures.get(key(username));
        if (times == null) {
            return false;
        }
        synchronized (times) {
            prune(times);
            return times.size() >= maxFailures;
        }
    }

    public void failed(String username) {
        Deque<Instant> times = failures.computeIfAbsent(key(username), k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times);
            times.addLast(clock.instant());
        }
    }

    public void succeeded(String username) {
        failures.remove(key(username));
    }

    private void prune(Deque<Instant> times) {
        Instant oldest = clock.instant().minus(window);
        while (!times.isEmpty() && times.peekFirst().isBefore(oldest)) {
            times.removeFirst();
        }
    }
}
