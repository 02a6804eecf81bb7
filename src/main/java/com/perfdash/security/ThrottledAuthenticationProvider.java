package com.perfdash.security;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password sign-in against the user store, refused outright while a user name is throttled, and
 * written to the audit log either way.
 */
public class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginThrottle throttle;
    private final AuditLog audit;

    public ThrottledAuthenticationProvider(UserStore users, PasswordEncoder encoder, LoginThrottle throttle, AuditLog audit) {
        super(username -> users.find(username).orElseThrow(
                () -> new org.springframework.security.core.userdetails.UsernameNotFoundException(username)));
        setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String from = RemoteAddress.of(authentication);
        if (throttle.isBlocked(username)) {
            audit.record(username, "login_throttled", "too many wrong passwords", from);
            throw new LockedException("too many wrong passwords; try again later");
        }
        try {
            Authentication result = super.authenticate(authentication);
            throttle.succeeded(username);
            audit.record(username, "login_ok", null, from);
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(username);
            audit.record(username, "login_failed", "wrong user name or password", from);
            throw e;
        } catch (AuthenticationException e) {
            audit.record(username, "login_failed", e.getClass().getSimpleName(), from);
            throw e;
        }
    }
}
