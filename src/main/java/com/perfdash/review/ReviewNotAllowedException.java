package com.perfdash.review;

import org.springframework.security.access.AccessDeniedException;

/** A user whose role may not do a review action (disposition, correct, re-score, change a review) tried to. */
public class ReviewNotAllowedException extends AccessDeniedException {

    public ReviewNotAllowedException(String username, String action) {
        super(username + " may not " + action + ": only finance and administrators review reports");
    }
}
