package com.perfdash.units;

import com.perfdash.base.unit.UnitDirectory;
import com.perfdash.base.unit.UnitRef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Service;

/**
 * The unit drill-down: the units list, one unit's years, one report whole, one project table. Every
 * read of a page runs in one transaction, so a reload of the data folder meanwhile cannot mix two
 * versions of a report.
 */
@Service
public class UnitsService implements UnitDirectory {

    /** The most units one page of the list returns. */
    public static final int MAX_PAGE = 500;

    private final Jdbi jdbi;

    public UnitsService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The unit categories loaded, alphabetically. */
    public List<String> categories() {
        return jdbi.withExtension(UnitsQueries.class, UnitsQueries::categories);
    }

    /** How many units the filter keeps. */
    public int countUnits(UnitFilter filter) {
        return jdbi.withExtension(UnitsQueries.class, q -> q.countUnits(filter.query(), filter.category()));
    }

    /** One page of the units the filter keeps, by name, with nothing but their names: for a unit picker. */
    public List<UnitRef> unitRefs(UnitFilter filter, int offset, int limit) {
        int pageSize = Math.max(0, Math.min(limit, MAX_PAGE));
        return pageSize == 0 ? List.of()
                : jdbi.withExtension(UnitsQueries.class, q -> q.unitRefs(filter.query(), filter.category(), pageSize, Math.max(0, offset)));
    }

    @Override
    public int countUnits(String search) {
        return countUnits(new UnitFilter(search, null));
    }

    @Override
    public List<UnitRef> unitRefs(String search, int offset, int limit) {
        return unitRefs(new UnitFilter(search, null), offset, limit);
    }

    @Override
    public Optional<UnitRef> unitRef(String unitCode) {
        return jdbi.withExtension(UnitsQueries.class, q -> q.unitRef(unitCode));
    }

    @Override
    public Map<String, String> unitNames(java.util.Collection<String> unitCodes) {
        if (unitCodes.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new LinkedHashMap<>();
        jdbi.withExtension(UnitsQueries.class, q -> q.unitRefsOf(unitCodes.stream().distinct().toArray(String[]::new)))
                .forEach(u -> names.put(u.unitCode(), u.unitName()));
        return names;
    }

    /**
     * One page of the units the filter keeps, sorted, each with its score in every year it reported.
     * {@code limit} is capped at {@link #MAX_PAGE}.
     */
    public List<UnitListRow> units(UnitFilter filter, UnitOrder order, int offset, int limit) {
        return units(filter, order, offset, limit, com.perfdash.review.Basis.STATED);
    }

    /** As {@link #units(UnitFilter, UnitOrder, int, int)}, the metrics and score trends under the 口径 {@code basis}. */
    public List<UnitListRow> units(UnitFilter filter, UnitOrder order, int offset, int limit, com.perfdash.review.Basis basis) {
        int pageSize = Math.max(0, Math.min(limit, MAX_PAGE));
        if (pageSize == 0) {
            return List.of();
        }
        return jdbi.inTransaction(h -> {
            UnitsQueries q = h.attach(UnitsQueries.class);
            List<UnitListRow> rows = q.units(filter.query(), filter.category(), basis.code(), order.key().column(),
                    order.descending() ? "DESC" : "ASC", pageSize, Math.max(0, offset));
            if (rows.isEmpty()) {
                return rows;
            }
            Map<String, List<YearScore>> scores = new LinkedHashMap<>();
            q.scoreTrends(rows.stream().map(UnitListRow::unitCode).toList(), basis.code())
                    .forEach(s -> scores.computeIfAbsent(s.unitCode(), k -> new ArrayList<>())
                            .add(new YearScore(s.fiscalYear(), s.totalScore())));
            return rows.stream().map(r -> r.withScores(scores.getOrDefault(r.unitCode(), List.of()))).toList();
        });
    }

    /** A unit and its yearly series as stated; empty when no unit has that code. */
    public Optional<UnitOverview> unit(String unitCode) {
        return unit(unitCode, com.perfdash.review.Basis.STATED);
    }

    /** A unit and its yearly series under the 口径 {@code basis}; empty when no unit has that code. */
    public Optional<UnitOverview> unit(String unitCode, com.perfdash.review.Basis basis) {
        return jdbi.inTransaction(h -> {
            UnitsQueries q = h.attach(UnitsQueries.class);
            return q.unit(unitCode).map(u -> new UnitOverview(u, q.unitYears(unitCode, basis.code())));
        });
    }

    /** The whole report of a unit and fiscal year; empty when the unit did not report that year. */
    public Optional<ReportDetail> report(String unitCode, int fiscalYear) {
        return jdbi.inTransaction(h -> {
            UnitsQueries q = h.attach(UnitsQueries.class);
            Optional<ReportHeader> header = q.reportHeader(unitCode, fiscalYear);
            if (header.isEmpty()) {
                return Optional.empty();
            }
            long reportId = header.get().reportId();
            List<EvalTableInfo> tables = q.evalTables(reportId);
            List<ProjectRow> projects = q.projects(reportId);
            Optional<EvalTableDetail> unitTable = tables.stream().filter(EvalTableInfo::isUnitTable).findFirst()
                    .map(t -> tableDetail(q, t));
            List<UnitYear> stated = q.unitYears(unitCode, com.perfdash.review.Basis.STATED.code());
            List<Integer> years = stated.stream().map(UnitYear::fiscalYear).toList();
            int previousYear = fiscalYear - 1;
            YearComparison comparison = years.contains(previousYear)
                    ? new YearComparison(previousYear, q.sharedIndicators(unitCode, fiscalYear, previousYear))
                    : new YearComparison(null, List.of());
            return Optional.of(new ReportDetail(header.get(), q.budgetStatement(reportId), Narrative.of(q.narrative(reportId)),
                    projects, tables, unitTable, years, comparison, ofYear(stated, fiscalYear),
                    ofYear(q.unitYears(unitCode, com.perfdash.review.Basis.REVIEWED.code()), fiscalYear)));
        });
    }

    private static UnitYear ofYear(List<UnitYear> years, int fiscalYear) {
        return years.stream().filter(y -> y.fiscalYear() == fiscalYear).findFirst()
                .orElseThrow(() -> new IllegalStateException("No metrics for the report of " + fiscalYear));
    }

    /**
     * A project evaluation table (number ≥ 1) of a report, with the listed project of the same name;
     * empty when the report has no such table.
     */
    public Optional<ProjectTableDetail> projectTable(String unitCode, int fiscalYear, int tableNo) {
        if (tableNo < 1) {
            return Optional.empty();
        }
        return jdbi.inTransaction(h -> {
            UnitsQueries q = h.attach(UnitsQueries.class);
            Optional<ReportHeader> header = q.reportHeader(unitCode, fiscalYear);
            if (header.isEmpty()) {
                return Optional.empty();
            }
            List<EvalTableInfo> tables = q.evalTables(header.get().reportId());
            Optional<EvalTableInfo> table = tables.stream().filter(t -> t.tableNo() == tableNo).findFirst();
            if (table.isEmpty()) {
                return Optional.empty();
            }
            Optional<ProjectRow> listed = q.projects(header.get().reportId()).stream()
                    .filter(p -> Integer.valueOf(tableNo).equals(p.evalTableNo())).findFirst();
            return Optional.of(new ProjectTableDetail(header.get(), tableDetail(q, table.get()), listed));
        });
    }

    private static EvalTableDetail tableDetail(UnitsQueries q, EvalTableInfo table) {
        List<FundsRow> funds = q.fundsRows(table.tableId());
        Optional<FundsRow> total = funds.stream().filter(FundsRow::isTotal).findFirst();
        // The funds rows' 分值 is printed on the 合计 row; the table header states it too.
        BigDecimal fundsWeight = total.map(FundsRow::weight).orElse(null);
        if (fundsWeight == null) {
            fundsWeight = table.fundsWeight();
        }
        BigDecimal fundsScore = total.map(FundsRow::score).orElse(null);
        IndicatorTree tree = IndicatorTree.build(q.level1Caps(table.tableId()), q.indicators(table.tableId()),
                fundsWeight, fundsScore, table.totalWeight(), table.totalScore());
        return new EvalTableDetail(table, funds, q.goals(table.tableId()), tree);
    }
}
