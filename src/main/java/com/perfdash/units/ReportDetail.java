package com.perfdash.units;

import java.util.List;
import java.util.Optional;

/**
 * The whole of one report (one unit, one fiscal year) as it states it.
 *
 * @param header        unit, year, provenance and headline metrics
 * @param budget        the 预算收支 statements
 * @param narrative     duties and the narrative sections
 * @param projects      the projects the text lists, each with its evaluation table number if it has one
 * @param tables        every attached evaluation table, whole-unit first
 * @param unitTable     the whole-unit table in full; empty when the report attaches none
 * @param reportedYears every year the unit reported, oldest first
 * @param comparison    the indicators shared with the year before
 * @param stated        the report's key figures as stated (自评（原文）)
 * @param reviewed      the same under 复核后: finance's corrections and 复核得分 applied, 元/万元 slips left out
 */
public record ReportDetail(ReportHeader header, BudgetStatement budget, Narrative narrative, List<ProjectRow> projects,
                           List<EvalTableInfo> tables, Optional<EvalTableDetail> unitTable, List<Integer> reportedYears,
                           YearComparison comparison, UnitYear stated, UnitYear reviewed) {

    public ReportDetail {
        projects = List.copyOf(projects);
        tables = List.copyOf(tables);
        reportedYears = List.copyOf(reportedYears);
    }

    /** The key figures under the 口径 {@code basis}. */
    public UnitYear figures(com.perfdash.review.Basis basis) {
        return basis == com.perfdash.review.Basis.REVIEWED ? reviewed : stated;
    }

    /** The project tables (项目支出绩效自评表), in table order. */
    public List<EvalTableInfo> projectTables() {
        return tables.stream().filter(t -> !t.isUnitTable()).toList();
    }
}
