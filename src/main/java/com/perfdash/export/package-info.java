/**
 * Exports for the annual summary and for everyone who takes figures elsewhere: grid downloads as XLSX
 * and CSV ({@link com.perfdash.export.ExportTable}, {@link com.perfdash.export.TableFiles}), and the
 * annual summary as a Word document ({@link com.perfdash.export.AnnualSummaryService} gathers the
 * figures through the other features' services, {@link com.perfdash.export.DocxWriter} writes them with
 * the chart images the page drew). docs/export.md says what is exported where and how a view adopts
 * the grid download.
 */
package com.perfdash.export;
