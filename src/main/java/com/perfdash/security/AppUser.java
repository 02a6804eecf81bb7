package com.perfdash.security;

import java.time.LocalDateTime;

/**
 * A user of the app as stored in {@code app_user}.
 *
 * @param unitCode the unit a {@link Role#UNIT} user belongs to; null for the other roles
 */
public record AppUser(String username, String displayName, Role role, String unitCode, boolean enabled,
                      LocalDateTime createdAt) {

    public DataScope scope() {
        return role == Role.UNIT ? DataScope.unit(unitCode) : DataScope.ALL_UNITS;
    }
}
