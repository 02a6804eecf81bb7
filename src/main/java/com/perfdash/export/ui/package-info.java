/**
 * The annual summary page ({@link com.perfdash.export.ui.SummaryView}, route {@code summary}).
 */
package com.perfdash.export.ui;
