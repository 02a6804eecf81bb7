/**
 * Readers of report documents — Word ({@code .docx}, {@code .doc} through LibreOffice), saved web pages
 * and PDF files with a text layer — that turn a file into the format-free
 * {@link com.perfdash.importer.grid.SourceDocument}: paragraphs in reading order and tables as logical
 * grids with their merges and the place of every cell. File types are told by content, not by name.
 * Turning grids into a report is the recognizer's work, not these readers'.
 */
package com.perfdash.importer.document;
