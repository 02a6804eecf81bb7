package com.perfdash.base.unit;

/** A budget unit by code, name and category. */
public record UnitRef(String unitCode, String unitName, String category) {

    /** The 单位类别 of a unit whose report states none, until finance sets it on the unit page. */
    public static final String UNCATEGORIZED = "未分类";
}
