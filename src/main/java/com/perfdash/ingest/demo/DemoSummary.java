package com.perfdash.ingest.demo;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one run wrote: the number of units and reports, data rows per file (in the data format's file
 * order) and how many defects of each kind were planted.
 */
public record DemoSummary(int units, int reports, Map<String, Long> rowsPerFile, Map<DefectKind, Integer> defects) {

    public DemoSummary {
        rowsPerFile = Collections.unmodifiableMap(new LinkedHashMap<>(rowsPerFile));
        defects = Collections.unmodifiableMap(new EnumMap<>(defects));
    }
}
