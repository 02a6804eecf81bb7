package com.perfdash.units;

import java.math.BigDecimal;
import java.util.List;

/**
 * A level-3 indicator (三级指标) as the table states it.
 *
 * @param tableNo       the evaluation table (0 = whole-unit)
 * @param seq           order in the table, from 1
 * @param targetText    年度指标值 as written
 * @param actualText    实际完成值 as written
 * @param weight        分值, points
 * @param score         得分, points
 * @param deviationNote 偏差原因分析及改进措施
 */
public record IndicatorRow(int tableNo, int seq, String level1, String level2, String level3, String targetText,
                           String actualText, BigDecimal weight, BigDecimal score, String deviationNote)
        implements IndicatorNode {

    @Override
    public String label() {
        return level3;
    }

    @Override
    public int level() {
        return 3;
    }

    @Override
    public List<IndicatorNode> children() {
        return List.of();
    }

    /** The key that marks this row on the report page: {@code i<tableNo>-<seq>}. */
    public String key() {
        return RowKeys.indicator(tableNo, seq);
    }
}
