package com.perfdash.importer;

/**
 * A budget unit as a units.csv row (or a workbook's 报告信息) declares it, or as it is loaded now.
 *
 * @param unitCode the stable key
 * @param unitName 预算单位名称
 * @param category 单位类别 (党委部门, 政府部门, …)
 * @param district 所属区县, null when not stated
 */
public record UnitDeclaration(String unitCode, String unitName, String category, String district) {
}
