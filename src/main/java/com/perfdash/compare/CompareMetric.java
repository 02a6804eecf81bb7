package com.perfdash.compare;

import com.perfdash.base.ui.MeasureKind;
import java.util.Arrays;
import java.util.Optional;

/**
 * A metric units are compared by. Each is a column of {@code report_metrics} (db/views/03_report_metrics.sql) or the whole-unit
 * table's points lost (db/views/05_compare.sql); the view {@code unit_metric_values} holds them in long form under
 * {@link #code()}, which is also the metric's name in the page address.
 */
public enum CompareMetric {

    /** 执行率: executed / full-year budget, a fraction; the highest ranks first. */
    EXECUTION_RATE("execution_rate", MeasureKind.RATE, Judgement.HIGHER_IS_BETTER),
    /** 总得分 of the whole-unit table as stated, points; the highest ranks first. */
    TOTAL_SCORE("total_score", MeasureKind.POINTS, Judgement.HIGHER_IS_BETTER),
    /** 全年执行数, 万元; the largest ranks first. */
    EXECUTED("executed", MeasureKind.MONEY, Judgement.NEUTRAL),
    /** 全年预算数, 万元; the largest ranks first. */
    FULL_YEAR_BUDGET("full_year_budget", MeasureKind.MONEY, Judgement.NEUTRAL),
    /** 项目支出占比: project / (basic + project) spending, a fraction; the largest ranks first. */
    PROJECT_SHARE("project_share", MeasureKind.RATE, Judgement.NEUTRAL),
    /** 扣分: points the whole-unit table lost, points; the fewest rank first. */
    POINTS_LOST("points_lost", MeasureKind.POINTS, Judgement.LOWER_IS_BETTER);

    /** Whether ranking first is good, bad or neither (for money, where bigger is just bigger). */
    public enum Judgement {
        HIGHER_IS_BETTER, LOWER_IS_BETTER, NEUTRAL
    }

    private final String code;
    private final MeasureKind kind;
    private final Judgement judgement;

    CompareMetric(String code, MeasureKind kind, Judgement judgement) {
        this.code = code;
        this.kind = kind;
        this.judgement = judgement;
    }

    /** The metric's name in {@code unit_metric_values.metric} and in the page address. */
    public String code() {
        return code;
    }

    /** What the value is, and so how its value and change read (as everywhere: money, a rate, points). */
    public MeasureKind kind() {
        return kind;
    }

    public Judgement judgement() {
        return judgement;
    }

    /** True when rank 1 holds the largest value (all but points lost). */
    public boolean higherFirst() {
        return judgement != Judgement.LOWER_IS_BETTER;
    }

    public static Optional<CompareMetric> fromCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst();
    }
}
