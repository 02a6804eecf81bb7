package com.perfdash.ingest;

import java.nio.file.Path;

/**
 * One folder of the eight data files, as a load reads it.
 *
 * @param folder the folder
 * @param label  how messages name it: {@code seed}, {@code demo}, {@code imports/20261127-081500-1}
 * @param group  data sets of one group must not repeat a unit-year; a later group supersedes an earlier
 *               one (each import batch is its own group; the data folder's sets share one)
 * @param order  position in the load: later wins
 */
public record DataSetSource(Path folder, String label, String group, int order) {
}
