package com.perfdash.projects;

import java.math.BigDecimal;
import java.util.List;

/**
 * One fiscal year of one project of a unit (view {@code project_years}, db/views/07_projects.sql): what the report's text
 * lists under the project's key beside its project evaluation table. Money in 万元, scores in points.
 *
 * @param listedNames   the names as the text writes them, in report order (empty when only a table has it)
 * @param listedCount   how many listed rows share the key
 * @param kinds         initial (年初预算项目) and/or midyear (年中追加项目)
 * @param budget        Σ 预算金额 of the listed rows
 * @param actual        Σ 实际支出
 * @param carryover     Σ 结余结转
 * @param tableNo       the first project table of the key (≥ 1), null when the report attaches none
 * @param tableName     its 专项名称 as written
 * @param tableCount    how many project tables share the key
 * @param tableBudget   the table's 合计 全年预算数
 * @param tableExecuted the table's 合计 全年执行数
 * @param tableExecutionRate the table's 执行率: 全年执行数 / 全年预算数, a fraction; null without both or
 *                      with a budget of 0
 * @param tableScore    the table's total score as stated
 * @param tableGrade    the table's grade as stated
 */
public record ProjectYear(String unitCode, String unitName, String category, int fiscalYear, String projectKey,
                          List<String> listedNames, int listedCount, List<String> kinds, BigDecimal budget,
                          BigDecimal actual, BigDecimal carryover, Integer tableNo, String tableName, int tableCount,
                          BigDecimal tableBudget, BigDecimal tableExecuted, BigDecimal tableExecutionRate,
                          BigDecimal tableScore, String tableGrade) {

    public ProjectYear {
        listedNames = listedNames == null ? List.of() : List.copyOf(listedNames);
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
    }

    /** Every name this year's report uses for the project: the listed names, then the table's. */
    public List<String> namesAsWritten() {
        var names = new java.util.LinkedHashSet<>(listedNames);
        if (tableName != null) {
            names.add(tableName);
        }
        return List.copyOf(names);
    }
}
