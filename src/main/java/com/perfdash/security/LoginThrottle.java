package com.perfdash.security;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting a guesser lock a user out (docs/security.md):
 * <ul>
 * <li>per user name and client address: after {@code max-failures} wrong passwords within
 *     {@code lock-minutes}, that address is refused for that name for {@code lock-minutes};</li>
 * <li>per user name over every address: past {@code name-free-failures} wrong passwords, each further
 *     attempt waits 1 s, 2 s, 4 s... at most {@code lock-minutes} after the one before, until the name has
 *     been quiet for {@code name-window-minutes}; except from an address the user signed in from with the
 *     right password in the last {@code known-address-days}, which neither waits nor counts here.</li>
 * </ul>
 * An attempt is counted as a wrong password <em>before</em> its password is checked ({@link #begin}) and
 * taken back when it was right ({@link #succeeded}), under one lock: parallel guesses cannot slip past
 * the count. The counts live in the database (V018), so a lock outlives a restart; one process writes the
 * DuckDB file, so a lock in this process makes each step atomic. Rows expire: nothing is kept for a name
 * that never signs in.
 */
@Component
public class LoginThrottle {

    /** The longest user name or address kept; longer ones are cut (a real user name has at most 40). */
    static final int MAX_KEY = 64;
    /** Expired rows are swept at most this often. */
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

    /** Why an attempt was refused without its password being looked at, and how long to wait. */
    public record Refusal(Reason reason, Duration retryAfter) {
    }

    public enum Reason {
        /** Too many wrong passwords for this user name from this address. */
        ADDRESS_LOCKED,
        /** Too many wrong passwords for this user name from everywhere: the name's back-off. */
        NAME_BACKOFF
    }

    /** Wrong passwords for one user name from one address since {@code windowStart} (UTC). */
    public record AddressCount(int failures, LocalDateTime windowStart, LocalDateTime lockedUntil) {

        boolean lockedAt(LocalDateTime now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }

        /** The count as it stands at {@code now}: after its window or its lock, it starts again. */
        AddressCount at(LocalDateTime now, Duration window) {
            if (lockedAt(now)) {
                return this;
            }
            return lockedUntil != null || !now.isBefore(windowStart.plus(window)) ? new AddressCount(0, now, null) : this;
        }

        AddressCount plusFailure(LocalDateTime now, int maxFailures, Duration lock) {
            int f = failures + 1;
            return new AddressCount(f, windowStart, f >= maxFailures ? now.plus(lock) : null);
        }
    }

    /** Wrong passwords for one user name from every address; {@code nextAllowedAt} ends the current wait. */
    public record NameCount(int failures, LocalDateTime lastFailureAt, LocalDateTime nextAllowedAt) {

        boolean waitingAt(LocalDateTime now) {
            return nextAllowedAt != null && now.isBefore(nextAllowedAt);
        }

        /** The count as it stands at {@code now}: quiet for {@code window} after its last wait, it starts again. */
        NameCount at(LocalDateTime now, Duration window) {
            LocalDateTime last = nextAllowedAt != null && nextAllowedAt.isAfter(lastFailureAt) ? nextAllowedAt : lastFailureAt;
            return now.isBefore(last.plus(window)) ? this : new NameCount(0, now, null);
        }

        NameCount plusFailure(LocalDateTime now, int freeFailures, Duration maxDelay) {
            int f = failures + 1;
            return new NameCount(f, now, f > freeFailures ? now.plus(delay(f - freeFailures, maxDelay)) : null);
        }

        /** 1 s for the first attempt past the free ones, doubling with each further, at most {@code max}. */
        static Duration delay(int past, Duration max) {
            Duration d = Duration.ofSeconds(1L << Math.min(past - 1, 30));
            return d.compareTo(max) > 0 ? max : d;
        }
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lock;
    private final int nameFreeFailures;
    private final Duration nameWindow;
    private final Duration knownAddressFor;
    private final Object monitor = new Object();
    private LocalDateTime nextSweep = LocalDateTime.MIN;

    public LoginThrottle(Jdbi jdbi, Clock clock,
                         @Value("${perfdash.security.max-failures:5}") int maxFailures,
                         @Value("${perfdash.security.lock-minutes:15}") int lockMinutes,
                         @Value("${perfdash.security.name-free-failures:20}") int nameFreeFailures,
                         @Value("${perfdash.security.name-window-minutes:60}") int nameWindowMinutes,
                         @Value("${perfdash.security.known-address-days:30}") int knownAddressDays) {
        if (maxFailures < 1 || lockMinutes < 1 || nameFreeFailures < maxFailures || nameWindowMinutes < lockMinutes
                || knownAddressDays < 0) {
            throw new IllegalArgumentException("perfdash.security: max-failures and lock-minutes must be at least 1, "
                    + "name-free-failures at least max-failures, name-window-minutes at least lock-minutes, "
                    + "known-address-days not negative");
        }
        this.jdbi = jdbi;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lock = Duration.ofMinutes(lockMinutes);
        this.nameFreeFailures = nameFreeFailures;
        this.nameWindow = Duration.ofMinutes(nameWindowMinutes);
        this.knownAddressFor = Duration.ofDays(knownAddressDays);
    }

    /** The key a user name is counted under: trimmed, lower case, at most {@link #MAX_KEY} characters. */
    static String nameKey(String username) {
        return cut(username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }

    static String addressKey(String address) {
        return cut(address == null ? "" : address.trim());
    }

    private static String cut(String s) {
        return s.length() > MAX_KEY ? s.substring(0, MAX_KEY) : s;
    }

    /**
     * Asks to check a password for {@code username} from {@code address}. Empty: go ahead, the attempt is
     * already counted as a wrong password (call {@link #succeeded} when it was right). A refusal counts
     * nothing: no password was looked at.
     */
    public Optional<Refusal> begin(String username, String address) {
        String name = nameKey(username);
        String addr = addressKey(address);
        synchronized (monitor) {
            return jdbi.inTransaction(h -> {
                LoginThrottleQueries q = h.attach(LoginThrottleQueries.class);
                LocalDateTime now = now();
                sweepIfDue(q, now);
                AddressCount pair = q.addressCount(name, addr).map(c -> c.at(now, lock)).orElse(new AddressCount(0, now, null));
                if (pair.lockedAt(now)) {
                    return Optional.of(new Refusal(Reason.ADDRESS_LOCKED, Duration.between(now, pair.lockedUntil())));
                }
                if (!q.isKnownAddress(name, addr, now.minus(knownAddressFor))) {
                    NameCount all = q.nameCount(name).map(c -> c.at(now, nameWindow)).orElse(new NameCount(0, now, null));
                    if (all.waitingAt(now)) {
                        return Optional.of(new Refusal(Reason.NAME_BACKOFF, Duration.between(now, all.nextAllowedAt())));
                    }
                    NameCount n = all.plusFailure(now, nameFreeFailures, lock);
                    q.saveNameCount(name, n.failures(), n.lastFailureAt(), n.nextAllowedAt());
                }
                AddressCount p = pair.plusFailure(now, maxFailures, lock);
                q.saveAddressCount(name, addr, p.failures(), p.windowStart(), p.lockedUntil());
                return Optional.<Refusal>empty();
            });
        }
    }

    /**
     * The attempt {@link #begin} let through had the right password: its address starts afresh and is
     * remembered as the user's, and the name's count gives back this attempt if it counted there (not the
     * others: a guesser elsewhere keeps waiting).
     */
    public void succeeded(String username, String address) {
        String name = nameKey(username);
        String addr = addressKey(address);
        synchronized (monitor) {
            jdbi.useTransaction(h -> {
                LoginThrottleQueries q = h.attach(LoginThrottleQueries.class);
                LocalDateTime now = now();
                q.clearAddressCount(name, addr);
                if (!q.isKnownAddress(name, addr, now.minus(knownAddressFor))) {
                    q.nameCount(name).ifPresent(c -> q.saveNameCount(name, Math.max(0, c.failures() - 1), c.lastFailureAt(),
                            c.nextAllowedAt()));
                }
                q.saveKnownAddress(name, addr, now);
            });
        }
    }

    private void sweepIfDue(LoginThrottleQueries q, LocalDateTime now) {
        if (now.isBefore(nextSweep)) {
            return;
        }
        q.sweepAddressCounts(now.minus(lock), now);
        q.sweepNameCounts(now.minus(nameWindow));
        q.sweepKnownAddresses(now.minus(knownAddressFor));
        nextSweep = now.plus(SWEEP_EVERY);
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
