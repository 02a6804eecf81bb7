package com.perfdash.importer;

import java.math.BigDecimal;

/**
 * One key figure before and after an import (null where the report does not state it, or where there
 * was no report before).
 */
public record FigureChange(KeyFigure figure, BigDecimal before, BigDecimal after) {

    /** after − before, or null when either is missing. */
    public BigDecimal difference() {
        return before == null || after == null ? null : after.subtract(before);
    }

    public boolean changed() {
        if (before == null || after == null) {
            return before != after;
        }
        return before.compareTo(after) != 0;
    }
}
