/**
 * Import of reports from the files finance bureaus receive: the report workbook (报告信息 plus the
 * 部门整体支出绩效自评表 and 项目支出绩效自评表 sheets, laid out like the paper tables) and CSV bundles in
 * the data format. An import converts the uploaded files into a new import batch (the eight CSV
 * files), previews it with a dry-run load (new and replaced unit-years, key-figure changes, every
 * problem named by file, sheet, row and column), and on confirmation moves the batch with its
 * untouched originals and a manifest into the import folder and loads it, all or nothing. The same
 * service serves the view, the workbook downloads and the headless command.
 */
package com.perfdash.importer;
