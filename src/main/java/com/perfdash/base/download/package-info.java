/**
 * Downloads of what a page shows, for every page: a grid's columns and their download's stated once
 * per column ({@link com.perfdash.base.download.GridColumns}, {@link com.perfdash.base.download.TableColumn};
 * the grid's cell texts are {@code base/ui}'s {@code Formats}), the download's columns
 * ({@link com.perfdash.base.download.ExportTable}, {@link com.perfdash.base.download.ExportColumn},
 * {@link com.perfdash.base.download.ColumnFormat}) written as XLSX or CSV
 * ({@link com.perfdash.base.download.TableFiles}) by the download menu beside the grid
 * ({@link com.perfdash.base.download.GridDownload}); the file names
 * ({@link com.perfdash.base.download.FileNames}); a chart's image as the page drew it
 * ({@link com.perfdash.base.download.ChartImage}); the CSV layout the charts' CSV shares
 * ({@link com.perfdash.base.download.CsvDownload}) and the one rule that keeps a text cell from being run
 * as a formula by the spreadsheet that opens it ({@link com.perfdash.base.download.SpreadsheetText}).
 * The annual summary document is the {@code export} feature.
 */
package com.perfdash.base.download;
