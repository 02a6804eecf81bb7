package com.perfdash.base.unit;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The units the signed-in user may see, by name and code only: what a page outside the unit drill-down
 * needs to pick a unit or name one (the review filter, the user administration, the annual summary).
 * The units feature answers it from the model ({@code UnitsService}).
 */
public interface UnitDirectory {

    /** How many units match {@code search} (part of a name or code; null or blank: every unit). */
    int countUnits(String search);

    /** One page of the units matching {@code search}, by name. */
    List<UnitRef> unitRefs(String search, int offset, int limit);

    /** The unit {@code unitCode}, if the user may see it. */
    Optional<UnitRef> unitRef(String unitCode);

    /** The names of the units of {@code unitCodes} the user may see, by code. */
    Map<String, String> unitNames(Collection<String> unitCodes);
}
