package com.perfdash.review;

import com.perfdash.security.CurrentUser;
import com.perfdash.security.DataScope;
import com.perfdash.security.Role;
import java.util.Optional;

/** Signed-in users of each role, as the review services see them, for tests. */
final class ReviewUsers {

    private ReviewUsers() {
    }

    static CurrentUser as(String username, Role role, String unitCode) {
        return new CurrentUser() {
            @Override
            public String username() {
                return username;
            }

            @Override
            public Optional<Role> role() {
                return Optional.of(role);
            }

            @Override
            public DataScope scope() {
                return unitCode == null ? DataScope.ALL_UNITS : DataScope.unit(unitCode);
            }
        };
    }

    static CurrentUser finance() {
        return as("finance", Role.FINANCE, null);
    }

    static CurrentUser admin() {
        return as("admin", Role.ADMIN, null);
    }

    static CurrentUser leader() {
        return as("leader", Role.LEADER, null);
    }

    static CurrentUser unit(String unitCode) {
        return as("unit", Role.UNIT, unitCode);
    }
}
