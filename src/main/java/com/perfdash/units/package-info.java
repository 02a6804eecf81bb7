/**
 * Unit drill-down: the list of budget units (search, category filter, sort, paging, score trend), one
 * unit's yearly series and provenance, and the whole of one report as it states it — income and
 * expenditure, funds rows, goals, the indicator tree with its level sums against the declared caps,
 * projects, narrative, the project evaluation tables, and the indicators it shares with the year
 * before. Views live in {@code ui}; they reach the data only through {@link com.perfdash.units.UnitsService}.
 * Rows of a report page are addressed by {@link com.perfdash.units.RowKeys} keys, so other features
 * (the review view) can link to a report with rows marked.
 */
package com.perfdash.units;
