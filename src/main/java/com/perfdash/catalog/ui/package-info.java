/**
 * The data summary page: what is loaded (units, reports, real and demo reports, fiscal years), units by
 * category, and the district's full-year budget against what was executed, year by year.
 */
package com.perfdash.catalog.ui;
