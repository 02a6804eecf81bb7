package com.perfdash.ingest.demo;

import java.util.Arrays;
import java.util.List;

/**
 * The 单位类别 of the demo district's units ({@link Category}: 党委部门, 政府部门, 街道/镇, 事业单位, 群团组织),
 * the usual categories of a district's budget units. The unit page offers them to finance beside the
 * categories loaded, so a real district whose reports state none can still be sorted the usual way.
 */
public final class DemoCategories {

    private static final List<String> LABELS = Arrays.stream(Category.values()).map(c -> c.label).toList();

    private DemoCategories() {
    }

    /** The labels, in the demo's order. */
    public static List<String> labels() {
        return LABELS;
    }
}
