package com.perfdash.ingest.demo;

/**
 * Where the generator planted a defect: the report (unit, year), the file, and within it the table
 * ({@code tableNo}), the row ({@code seq} for projects and indicators, else null) and the column. The
 * generator hands these to its caller and never writes them next to the data.
 */
public record InjectedDefect(DefectKind kind, String unitCode, int fiscalYear, String file, Integer tableNo,
                             Integer seq, String column, String detail) {}
