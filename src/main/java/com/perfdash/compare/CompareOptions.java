package com.perfdash.compare;

import java.util.List;

/** What can be chosen on the comparison page: the loaded fiscal years (oldest first) and unit categories. */
public record CompareOptions(List<Integer> years, List<String> categories) {

    public CompareOptions {
        years = List.copyOf(years);
        categories = List.copyOf(categories);
    }

    public boolean isEmpty() {
        return years.isEmpty();
    }
}
