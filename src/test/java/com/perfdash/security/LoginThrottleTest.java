package com.perfdash.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.perfdash.KaribuTestBase;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** Sign-in through the app's own authentication provider: throttling and the audit log. */
class LoginThrottleTest extends KaribuTestBase {

    @Autowired
    ThrottledAuthenticationProvider provider;

    @Autowired
    Jdbi jdbi;

    private Authentication login(String user, String password) {
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user, password));
    }

    @Test
    void the_right_password_signs_in_and_is_audited() {
        Authentication auth = login("leader", "leader-demo");
        assertThat(auth.isAuthenticated()).isTrue();
        assertThat(auth.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_LEADER");
        List<String> events = jdbi.withHandle(h -> h.createQuery(
                "SELECT event FROM audit_log WHERE username = 'leader' ORDER BY audit_id DESC LIMIT 1").mapTo(String.class).list());
        assertThat(events).containsExactly("login_ok");
    }

    @Test
    void five_wrong_passwords_lock_the_name_even_for_the_right_password() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> login("finance", "wrong-password")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> login("finance", "finance-demo")).isInstanceOf(LockedException.class);
        List<String> events = jdbi.withHandle(h -> h.createQuery(
                "SELECT event FROM audit_log WHERE username = 'finance' ORDER BY audit_id").mapTo(String.class).list());
        assertThat(events).containsSubsequence("login_failed", "login_failed", "login_failed", "login_failed", "login_failed",
                "login_throttled");
    }

    @Test
    void four_wrong_passwords_do_not_lock_yet() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> login("unit", "nope-nope")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(login("unit", "unit-demo1").isAuthenticated()).isTrue();
    }
}
