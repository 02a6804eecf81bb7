package com.perfdash.security;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * The users, in DuckDB's {@code app_user}. Passwords go in only through {@link #create} and
 * {@link #setPassword}, which hash them; nothing here can write or read a plain password.
 */
@Service
public class UserStore {

    private final Jdbi jdbi;
    private final PasswordEncoder encoder;
    private final Clock clock;

    public UserStore(Jdbi jdbi, PasswordEncoder encoder, Clock clock) {
        this.jdbi = jdbi;
        this.encoder = encoder;
        this.clock = clock;
    }

    public Optional<AppUserDetails> find(String username) {
        return jdbi.withExtension(UserQueries.class, q -> q.find(username)).map(UserStore::details);
    }

    public List<AppUser> all() {
        return jdbi.withExtension(UserQueries.class, UserQueries::all).stream().map(r -> details(r).user()).toList();
    }

    public boolean isEmpty() {
        return jdbi.withExtension(UserQueries.class, UserQueries::count) == 0;
    }

    /** Adds a user; the password is stored as a BCrypt hash. */
    public void create(String username, String displayName, Role role, String unitCode, String password) {
        validate(username, role, unitCode, password);
        jdbi.useExtension(UserQueries.class, q -> q.insert(username.trim(), displayName, role.storedName(),
                role == Role.UNIT ? unitCode : null, encoder.encode(password), LocalDateTime.now(clock)));
    }

    public void setPassword(String username, String password) {
        if (password == null || password.length() < 8) {
            throw new IllegalArgumentException("a password needs at least 8 characters");
        }
        jdbi.useExtension(UserQueries.class, q -> q.setPasswordHash(username, encoder.encode(password)));
    }

    public void setEnabled(String username, boolean enabled) {
        jdbi.useExtension(UserQueries.class, q -> q.setEnabled(username, enabled));
    }

    /** True when the stored hash of {@code username} matches {@code password}. */
    public boolean passwordMatches(String username, String password) {
        return find(username).map(u -> encoder.matches(password, u.passwordHash())).orElse(false);
    }

    private static void validate(String username, Role role, String unitCode, String password) {
        if (username == null || !username.trim().matches("[A-Za-z0-9._-]{2,40}")) {
            throw new IllegalArgumentException("a user name is 2–40 letters, digits, '.', '_' or '-'");
        }
        if (role == Role.UNIT && (unitCode == null || unitCode.isBlank())) {
            throw new IllegalArgumentException("a unit user needs its unit");
        }
        if (password == null || password.length() < 8) {
            throw new IllegalArgumentException("a password needs at least 8 characters");
        }
    }

    private static AppUserDetails details(UserRow r) {
        return new AppUserDetails(new AppUser(r.username(), r.displayName(), Role.fromStored(r.role()), r.unitCode(),
                r.enabled(), r.createdAt()), r.passwordHash());
    }
}
