package com.perfdash.units;

import java.util.List;

/** A unit and every year it reported, oldest first. */
public record UnitOverview(UnitInfo unit, List<UnitYear> years) {

    public UnitOverview {
        years = List.copyOf(years);
    }

    public List<Integer> reportedYears() {
        return years.stream().map(UnitYear::fiscalYear).toList();
    }
}
