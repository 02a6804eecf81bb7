/**
 * The leadership overview, the app's home page: how full-year budget, execution, basic and project
 * spending, project funding, scores and grades moved over the fiscal years for a filter (year range,
 * unit categories, real or demo reports), the selected year's key figures with their change against
 * the year before, and the units that need attention that year. The metrics are defined once in SQL
 * ({@code report_metrics}, and {@code year_metrics} / {@code watch_list} of db/views/04_overview.sql; see
 * docs/metrics.md); this package queries them, and its pure mappers turn the rows into chart series.
 */
package com.perfdash.overview;
