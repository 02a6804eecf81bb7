/**
 * The project funding pages: {@code projects} (funding by year and category, the year's largest
 * projects, rises, falls, started and ended projects) and {@code projects/<unit>/<key>}, one project's
 * own history with the reason its years are linked.
 */
package com.perfdash.projects.ui;
