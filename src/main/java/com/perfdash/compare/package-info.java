/**
 * Comparison of budget units across fiscal years: the ranking of a year by one metric (execution rate,
 * total score, executed, full-year budget, project share of spending, points lost) with the change
 * against the year before, the rank change and the percentile among units of the same category, and
 * the metric unit by unit over a range of years (heatmap, lines). The definitions live in
 * db/views/05_compare.sql ({@code unit_metric_values}, {@code metric_ranking}); this package only
 * selects from them and maps rows to charts.
 */
package com.perfdash.compare;
