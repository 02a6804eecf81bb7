package com.perfdash.ingest;

/**
 * The outcome of a successful load.
 *
 * @param dataSets    data set folders loaded
 * @param units       units loaded
 * @param reports     reports loaded
 * @param indicators  indicator rows loaded
 * @param fingerprint content hash of the files loaded
 * @param changed     false when the files were unchanged since the last load and nothing was done
 */
public record LoadResult(int dataSets, int units, int reports, int indicators, String fingerprint, boolean changed) {
}
