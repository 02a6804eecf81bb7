/**
 * The source-independent shape of a report document: its paragraphs and its tables as logical grids
 * (rows of cells with their row and column spans, each cell's text and where it stands in the file).
 * Readers of outside formats (XLSX and XLS sheets, Word, web pages, PDF) only turn a file into a
 * {@link com.perfdash.importer.grid.SourceDocument}; one recognizer turns grids and paragraphs into the
 * report model. A new format is a new reader; nothing downstream knows which format a grid came from.
 */
package com.perfdash.importer.grid;
