package com.perfdash.importer;

import com.perfdash.ingest.FileSpec;

/** One row an uploaded file contributes to an import batch: the data file it goes into, and where it came from. */
public record BatchRow(FileSpec spec, DataRow row, RowOrigin origin) {
}
