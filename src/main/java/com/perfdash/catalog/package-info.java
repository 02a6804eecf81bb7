/**
 * What is loaded: counts of units, reports and years by provenance (real report or generated demo),
 * and the district's yearly budget totals. The first page of the app and the health check of a load.
 */
package com.perfdash.catalog;
