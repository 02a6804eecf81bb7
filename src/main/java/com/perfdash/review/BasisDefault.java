package com.perfdash.review;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Service;

/**
 * The 口径 a view shows when its address names none: 复核后 where finance has reviewed anything in the
 * user's scope (a status, a correction or a disposition of any report the user sees; view
 * review_in_scope, db/views/09_review.sql), else 自评（原文）.
 */
@Service
public class BasisDefault {

    private final Jdbi jdbi;

    public BasisDefault(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Basis defaultBasis() {
        boolean reviewed = jdbi.withHandle(h -> h.createQuery("SELECT reviewed FROM review_in_scope").mapTo(Boolean.class).one());
        return reviewed ? Basis.REVIEWED : Basis.STATED;
    }

    /** The basis the address names, else {@link #defaultBasis()}. */
    public Basis read(Map<String, List<String>> query) {
        return Basis.fromQuery(query).orElseGet(this::defaultBasis);
    }
}
