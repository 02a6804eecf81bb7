/**
 * Files to DuckDB: the CSV data format of {@code data/} (see docs/data-format.md), its validation
 * (required columns, types, references, duplicates — every problem named by file, row and column),
 * and the all-or-nothing load that replaces the report model in one transaction.
 */
package com.perfdash.ingest;
