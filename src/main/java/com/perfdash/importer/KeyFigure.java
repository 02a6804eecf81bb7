package com.perfdash.importer;

import com.perfdash.base.ui.MeasureKind;
import java.math.BigDecimal;
import java.util.function.Function;

/** A figure the import preview compares between the loaded and the imported version of a report. */
public enum KeyFigure {
    /** 预算收入, 万元. */
    INCOME_TOTAL(MeasureKind.MONEY, KeyFigures::incomeTotal),
    /** 支出, 万元. */
    EXPENDITURE_TOTAL(MeasureKind.MONEY, KeyFigures::expenditureTotal),
    /** 全年预算数 of the whole-unit table's 合计 row, 万元. */
    FULL_YEAR_BUDGET(MeasureKind.MONEY, KeyFigures::fullYearBudget),
    /** 全年执行数, 万元. */
    EXECUTED(MeasureKind.MONEY, KeyFigures::executed),
    /** 执行率, a fraction (report_metrics.execution_rate). */
    EXECUTION_RATE(MeasureKind.RATE, KeyFigures::executionRate),
    /** 项目资金: the budgets of the listed projects, 万元. */
    PROJECT_FUNDING(MeasureKind.MONEY, KeyFigures::projectFunding),
    /** 自评总分, points. */
    TOTAL_SCORE(MeasureKind.POINTS, KeyFigures::totalScore);

    private final MeasureKind kind;
    private final Function<KeyFigures, BigDecimal> value;

    KeyFigure(MeasureKind kind, Function<KeyFigures, BigDecimal> value) {
        this.kind = kind;
        this.value = value;
    }

    /** What the figure is, and so how its value and its difference read (as on every page). */
    public MeasureKind kind() {
        return kind;
    }

    public BigDecimal of(KeyFigures figures) {
        return figures == null ? null : value.apply(figures);
    }
}
