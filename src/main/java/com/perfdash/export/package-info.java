/**
 * The annual summary, for everyone who takes figures elsewhere: a Word document
 * ({@link com.perfdash.export.AnnualSummaryService} gathers the figures through the other features'
 * services, {@link com.perfdash.export.DocxWriter} writes them with the chart images the page drew).
 * The grid and chart downloads every page uses are in {@code base/download}. docs/export.md says what is
 * exported where and how a view adopts the grid download.
 */
package com.perfdash.export;
