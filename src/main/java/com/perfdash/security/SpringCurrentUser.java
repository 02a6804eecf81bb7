package com.perfdash.security;

import com.perfdash.base.ui.SignedInUser;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in user from Spring Security's context (Vaadin keeps it per session). */
@Component
public class SpringCurrentUser implements CurrentUser, SignedInUser {

    private static Optional<AppUser> user() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof AppUserDetails details) {
            return Optional.of(details.user());
        }
        return Optional.empty();
    }

    @Override
    public String username() {
        return user().map(AppUser::username).orElse("anonymous");
    }

    @Override
    public Optional<Role> role() {
        return user().map(AppUser::role);
    }

    @Override
    public DataScope scope() {
        return user().map(AppUser::scope).orElse(DataScope.NONE);
    }

    /** The display name and role, for the app shell. */
    @Override
    public Optional<Badge> badge() {
        return user().map(u -> new Badge(u.displayName(), "user.role." + u.role().name()));
    }
}
