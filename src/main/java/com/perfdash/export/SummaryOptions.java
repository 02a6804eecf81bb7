package com.perfdash.export;

import com.perfdash.base.unit.UnitRef;
import java.util.List;

/**
 * What the summary page can choose from: the loaded fiscal years (oldest first), the unit categories
 * and the first unit by name (the units themselves are read a page at a time,
 * {@link com.perfdash.base.unit.UnitPicker}: a country has 100,000).
 *
 * @param firstUnit the first unit by name; null when none is loaded
 */
public record SummaryOptions(List<Integer> years, List<String> categories, UnitRef firstUnit) {

    public SummaryOptions {
        years = List.copyOf(years);
        categories = List.copyOf(categories);
    }

    public boolean isEmpty() {
        return years.isEmpty();
    }

    public int lastYear() {
        return years.get(years.size() - 1);
    }
}
