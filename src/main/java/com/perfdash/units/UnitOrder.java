package com.perfdash.units;

import java.util.Objects;

/** How the units list is sorted; units without a value in the sort column come last either way. */
public record UnitOrder(UnitSortKey key, boolean descending) {

    public static final UnitOrder BY_NAME = new UnitOrder(UnitSortKey.NAME, false);

    public UnitOrder {
        Objects.requireNonNull(key, "key");
    }
}
