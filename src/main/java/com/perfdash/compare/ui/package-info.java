/**
 * The comparison page ({@code compare}): choose a metric, a ranking year, a range of years, a unit
 * category and up to eight units, all kept in the page address; see the ranking table, the heatmap of
 * units by years and the units' lines.
 */
package com.perfdash.compare.ui;
