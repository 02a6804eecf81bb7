/**
 * The import page ({@code /import}): template and report workbook downloads, the upload, the preview
 * (new and replaced reports with their key figures, errors, notes, findings), confirm and cancel, and
 * the import log with withdraw and restore; plus the download addresses {@code /import/template} and
 * {@code /import/workbook?unit=&year=}.
 */
package com.perfdash.importer.ui;
