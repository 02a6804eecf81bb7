package com.perfdash.base.ui;

import java.util.Optional;

/**
 * Who the app shell shows as signed in: the security feature answers it from the session, so that the
 * shell in {@code base} does not depend on that feature.
 */
public interface SignedInUser {

    /** The signed-in user's name and role as the top bar shows them; empty when nobody is signed in. */
    Optional<Badge> badge();

    /**
     * @param displayName the name the user is shown by
     * @param roleKey     the translation key of the user's role ({@code user.role.<ROLE>})
     */
    record Badge(String displayName, String roleKey) {
    }
}
