/**
 * The recognizer: from the grids of a {@link com.perfdash.importer.grid.SourceDocument} (any reader, any
 * format) to the rows of the data format, each figure with its cell. {@link
 * com.perfdash.importer.recognize.ReportRecognizer} is the entry point; our own report workbook is one
 * layout ({@code TemplateLayout}), the 自评表 as units print them another ({@code PrintedLayout}), read
 * through the synonym table {@code recognize/synonyms.csv}.
 */
package com.perfdash.importer.recognize;
