package com.perfdash.units;

import java.math.BigDecimal;
import java.util.List;
import org.jdbi.v3.core.mapper.reflect.JdbiConstructor;

/**
 * One row of the units list: the unit, how many years it reported, and the metrics of its latest
 * reported year (from {@code report_metrics}), with its score in every year for the trend.
 *
 * @param reports          reports loaded for the unit
 * @param firstYear        earliest fiscal year reported; null when none
 * @param latestYear       latest fiscal year reported; null when none
 * @param latestSourceKind {@code real} or {@code demo}, of the latest report
 * @param fullYearBudget   全年预算数 of the latest year, 万元
 * @param executed         全年执行数 of the latest year, 万元
 * @param executionRate    执行率 of the latest year, a fraction (1.0 = 100 %)
 * @param totalScore       total score of the latest year as stated, points
 * @param grade            等级 of the latest year as stated
 * @param scores           total score by fiscal year, oldest first
 */
public record UnitListRow(String unitCode, String unitName, String category, String district, int reports,
                          Integer firstYear, Integer latestYear, String latestSourceKind, BigDecimal fullYearBudget,
                          BigDecimal executed, Double executionRate, BigDecimal totalScore, String grade,
                          List<YearScore> scores) {

    public UnitListRow {
        scores = List.copyOf(scores);
    }

    /** The row as the list query returns it, before the scores of every year are attached. */
    @JdbiConstructor
    public UnitListRow(String unitCode, String unitName, String category, String district, int reports,
                       Integer firstYear, Integer latestYear, String latestSourceKind, BigDecimal fullYearBudget,
                       BigDecimal executed, Double executionRate, BigDecimal totalScore, String grade) {
        this(unitCode, unitName, category, district, reports, firstYear, latestYear, latestSourceKind, fullYearBudget,
                executed, executionRate, totalScore, grade, List.of());
    }

    public UnitListRow withScores(List<YearScore> yearScores) {
        return new UnitListRow(unitCode, unitName, category, district, reports, firstYear, latestYear, latestSourceKind,
                fullYearBudget, executed, executionRate, totalScore, grade, yearScores);
    }
}
