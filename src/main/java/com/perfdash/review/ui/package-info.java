/**
 * The review views: 审核发现 (route {@code review}) with findings filtered by rule, unit, year and
 * severity (kept in the URL), a chart of findings per rule over the years, and {@link
 * com.perfdash.review.ui.FindingsGrid}, which the unit and report pages of the drill-down reuse.
 */
package com.perfdash.review.ui;
