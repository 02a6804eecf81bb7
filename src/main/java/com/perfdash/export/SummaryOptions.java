package com.perfdash.export;

import com.perfdash.compare.UnitRef;
import java.util.List;

/**
 * What the summary page can choose from: the loaded fiscal years (oldest first), the unit categories
 * and the units, by name.
 */
public record SummaryOptions(List<Integer> years, List<String> categories, List<UnitRef> units) {

    public SummaryOptions {
        years = List.copyOf(years);
        categories = List.copyOf(categories);
        units = List.copyOf(units);
    }

    public boolean isEmpty() {
        return years.isEmpty();
    }

    public int lastYear() {
        return years.get(years.size() - 1);
    }
}
