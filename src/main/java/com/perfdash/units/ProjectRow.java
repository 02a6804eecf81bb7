package com.perfdash.units;

import java.math.BigDecimal;

/**
 * A project the report's text lists.
 *
 * @param kind        {@code initial} (年初预算项目) or {@code midyear} (年中追加项目)
 * @param budget      预算金额, 万元
 * @param actual      实际支出, 万元
 * @param carryover   结余结转, 万元
 * @param evalTableNo the number of the project's own evaluation table (≥ 1), matched by its name's key
 *                    (UnitsQueries/projects.sql); null when the report attaches none for it
 */
public record ProjectRow(int seq, String projectName, String kind, BigDecimal budget, BigDecimal actual,
                         BigDecimal carryover, String purpose, Integer evalTableNo) {

    public boolean isInitial() {
        return "initial".equals(kind);
    }

    /** The key that marks this row on the report page: {@code p<seq>}. */
    public String key() {
        return RowKeys.project(seq);
    }
}
