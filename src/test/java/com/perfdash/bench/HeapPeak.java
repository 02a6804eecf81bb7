package com.perfdash.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** The heap's peak use over a piece of work: {@link #reset} before it, {@link #megabytes} after it. */
final class HeapPeak {

    private HeapPeak() {
    }

    /** Collects what can be collected and starts counting the peak from there. */
    static void reset() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The peak heap use since {@link #reset}, in MB (all heap pools together). */
    static long megabytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
    }
}
