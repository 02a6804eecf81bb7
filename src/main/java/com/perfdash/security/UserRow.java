package com.perfdash.security;

import java.time.LocalDateTime;

/** A row of {@code app_user}. */
public record UserRow(String username, String displayName, String role, String unitCode, String passwordHash,
                      boolean enabled, LocalDateTime createdAt) {
}
