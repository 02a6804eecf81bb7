package com.perfdash.security;

import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password sign-in against the user store. {@link LoginThrottle} is asked first, and counts the attempt
 * before the password is checked; a refused attempt is not checked at all. Every attempt is written to
 * the audit log once: the app's only authentication manager holds this provider once
 * ({@link SecurityConfig}), so a wrong password is neither checked nor counted twice.
 */
public class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginThrottle throttle;
    private final AuditLog audit;

    public ThrottledAuthenticationProvider(UserStore users, PasswordEncoder encoder, LoginThrottle throttle, AuditLog audit) {
        super(username -> users.find(username).orElseThrow(() -> new UsernameNotFoundException(username)));
        setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        // what the audit log keeps of a name: a guesser's megabyte of text is not worth keeping
        String username = cut(authentication.getName());
        String from = RemoteAddress.of(authentication);
        Optional<LoginThrottle.Refusal> refusal = throttle.begin(username, from);
        if (refusal.isPresent()) {
            LoginThrottle.Refusal r = refusal.get();
            audit.record(username, "login_throttled", switch (r.reason()) {
                case ADDRESS_LOCKED -> "too many wrong passwords from this address";
                case NAME_BACKOFF -> "too many wrong passwords for this user name";
            } + "; next attempt in " + Math.max(1, r.retryAfter().toSeconds()) + " s", from);
            throw new LockedException("too many wrong passwords; try again later");
        }
        try {
            Authentication result = super.authenticate(authentication);
            throttle.succeeded(username, from);
            audit.record(username, "login_ok", null, from);
            return result;
        } catch (AuthenticationException e) {
            // counted already, by begin
            audit.record(username, "login_failed",
                    e instanceof BadCredentialsException ? "wrong user name or password" : e.getClass().getSimpleName(), from);
            throw e;
        }
    }

    private static String cut(String name) {
        String s = name == null ? "" : name;
        return s.length() > LoginThrottle.MAX_KEY ? s.substring(0, LoginThrottle.MAX_KEY) : s;
    }
}
