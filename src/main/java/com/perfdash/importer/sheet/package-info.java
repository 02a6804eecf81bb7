/**
 * Spreadsheet readers: an .xlsx (POI's XSSF) or an old .xls workbook (POI's HSSF) becomes a
 * {@link com.perfdash.importer.grid.SourceDocument} with one grid per sheet, each cell with its merged
 * span, its text as Excel shows it and its exact number (89.974 where the sheet shows 89.97). What the
 * cells mean is the recognizer's work, not theirs.
 */
package com.perfdash.importer.sheet;
