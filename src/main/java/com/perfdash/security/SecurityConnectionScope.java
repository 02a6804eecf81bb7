package com.perfdash.security;

import com.perfdash.base.db.ConnectionScope;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Limits the database connections opened for a unit user to that user's unit. Leaders, finance and
 * admins see every unit; so does the app's own work, which runs with no user (loads at start, the
 * folder watch) — pages themselves are never served without a signed-in user.
 */
@Component
public class SecurityConnectionScope implements ConnectionScope {

    @Override
    public String unitCode() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof AppUserDetails details) {
            return details.user().scope().unitCode();
        }
        return null;
    }
}
