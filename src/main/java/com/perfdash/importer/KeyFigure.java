package com.perfdash.importer;

import java.math.BigDecimal;
import java.util.function.Function;

/** A figure the import preview compares between the loaded and the imported version of a report. */
public enum KeyFigure {
    /** 预算收入, 万元. */
    INCOME_TOTAL(Unit.WAN_YUAN, KeyFigures::incomeTotal),
    /** 支出, 万元. */
    EXPENDITURE_TOTAL(Unit.WAN_YUAN, KeyFigures::expenditureTotal),
    /** 全年预算数 of the whole-unit table's 合计 row, 万元. */
    FULL_YEAR_BUDGET(Unit.WAN_YUAN, KeyFigures::fullYearBudget),
    /** 全年执行数, 万元. */
    EXECUTED(Unit.WAN_YUAN, KeyFigures::executed),
    /** 执行率, a fraction (report_metrics.execution_rate). */
    EXECUTION_RATE(Unit.FRACTION, KeyFigures::executionRate),
    /** 项目资金: the budgets of the listed projects, 万元. */
    PROJECT_FUNDING(Unit.WAN_YUAN, KeyFigures::projectFunding),
    /** 自评总分, points. */
    TOTAL_SCORE(Unit.POINTS, KeyFigures::totalScore);

    /** How the figure is written. */
    public enum Unit { WAN_YUAN, FRACTION, POINTS }

    private final Unit unit;
    private final Function<KeyFigures, BigDecimal> value;

    KeyFigure(Unit unit, Function<KeyFigures, BigDecimal> value) {
        this.unit = unit;
        this.value = value;
    }

    public Unit unit() {
        return unit;
    }

    public BigDecimal of(KeyFigures figures) {
        return figures == null ? null : value.apply(figures);
    }
}
