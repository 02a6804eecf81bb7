/**
 * The overview page (route "", the app's home): filters kept in the URL, the selected year's key
 * figures with their change against the year before, the four trend charts and the watch list, each
 * with a sentence instead of an empty chart or grid.
 */
package com.perfdash.overview.ui;
