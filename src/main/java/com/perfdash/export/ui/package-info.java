/**
 * The export pieces on pages: {@link com.perfdash.export.ui.GridDownload}, the XLSX/CSV download menu
 * any grid puts beside itself, and the annual summary page ({@link com.perfdash.export.ui.SummaryView},
 * route {@code summary}).
 */
package com.perfdash.export.ui;
