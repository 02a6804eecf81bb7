/**
 * The unit drill-down pages: the units list ({@code units}), one unit over the years
 * ({@code units/<unit>}), one report whole ({@code units/<unit>/<year>}, with {@code ?highlight=} row
 * keys) and one project evaluation table ({@code units/<unit>/<year>/projects/<table no>}), plus the
 * grids they share and the score sparkline of the list.
 */
package com.perfdash.units.ui;
