package com.perfdash.base.chart;

/**
 * How the browser formats a number on an axis or in a tooltip. JSON cannot carry functions, so the
 * options name the format and {@code perf-apexchart.js} maps the name to a formatter. On an axis the
 * unit is left out (the axis title carries it) and trailing zeros are dropped; in a tooltip the value is
 * shown in full. A missing value (null) shows as "无数据" / "no data".
 */
public enum ValueFormat {
    /** Money in 万元: tooltip "1,234.56 万元", axis "1,234.56". */
    WAN_YUAN,
    /** A percent value (95 = 95 %, not a fraction): tooltip "95.0%", axis "95%". */
    PERCENT,
    /** Points of a score: tooltip "92 分" (up to two decimals), axis "92". */
    POINTS,
    /** A count: "1,234". */
    INTEGER,
    /** A plain number with up to two decimals: "1,234.5". */
    NUMBER
}
