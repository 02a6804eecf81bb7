package com.perfdash.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The client address of a sign-in attempt, when the request carried one. */
final class RemoteAddress {

    private RemoteAddress() {
    }

    static String of(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
    }
}
