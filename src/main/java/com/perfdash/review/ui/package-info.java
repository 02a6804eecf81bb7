/**
 * The review views: 审核发现 (route {@code review}) with findings filtered by rule, unit, year and
 * severity (kept in the URL), a chart of findings per rule over the years, and {@link
 * com.perfdash.review.ui.FindingsGrid}, which the unit and report pages of the drill-down reuse; a
 * report's 复核 panel; and 评分规则 (route {@code admin/rule-sets}), where administrators choose each
 * district's scoring rule set.
 */
package com.perfdash.review.ui;
