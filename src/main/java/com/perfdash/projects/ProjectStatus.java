package com.perfdash.projects;

/** How a listed project of a year relates to the year before. */
public enum ProjectStatus {
    /** Listed in both years. */
    CONTINUED,
    /** Listed this year, not the year before, while the unit reported the year before. */
    STARTED,
    /** Listed the year before, not this year, while the unit reported this year. */
    ENDED
}
