package com.perfdash.catalog;

/**
 * What the database holds.
 *
 * @param units       budget units with at least one report
 * @param reports     reports (unit × fiscal year)
 * @param realReports reports transcribed from real published documents
 * @param demoReports reports of the generated demo district
 * @param firstYear   earliest fiscal year, or null when nothing is loaded
 * @param lastYear    latest fiscal year, or null when nothing is loaded
 */
public record DataSummary(int units, int reports, int realReports, int demoReports, Integer firstYear, Integer lastYear) {

    public boolean isEmpty() {
        return reports == 0;
    }
}
