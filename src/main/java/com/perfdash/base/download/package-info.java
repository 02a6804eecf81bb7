/**
 * What every downloaded table shares, the grids' (export) and the charts' (base/chart): the CSV layout
 * ({@link com.perfdash.base.download.CsvDownload}) and the one rule that keeps a text cell from being run
 * as a formula by the spreadsheet that opens it ({@link com.perfdash.base.download.SpreadsheetText}).
 */
package com.perfdash.base.download;
