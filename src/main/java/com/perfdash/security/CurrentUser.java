package com.perfdash.security;

import java.util.Optional;

/**
 * The signed-in user as the services see it. The app's implementation reads Spring Security's
 * context; tests and headless commands use {@link #system()}.
 */
public interface CurrentUser {

    /** The user name, or "anonymous". */
    String username();

    /** The user's role, when signed in. */
    Optional<Role> role();

    /** What the user may see. Never null: no sign-in means no unit at all is visible. */
    DataScope scope();

    /** A user that sees every unit: for tests, start-up work and headless commands. */
    static CurrentUser system() {
        return new CurrentUser() {
            @Override
            public String username() {
                return "system";
            }

            @Override
            public Optional<Role> role() {
                return Optional.of(Role.ADMIN);
            }

            @Override
            public DataScope scope() {
                return DataScope.ALL_UNITS;
            }
        };
    }
}
