package com.perfdash.units;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Queries of the unit drill-down; SQL in {@code com/perfdash/units/UnitsQueries/*.sql}. */
@UseClasspathSqlLocator
public interface UnitsQueries {

    @SqlQuery
    List<String> categories();

    @SqlQuery
    int countUnits(@Bind("q") String query, @Bind("category") String category);

    @SqlQuery
    @RegisterConstructorMapper(com.perfdash.base.unit.UnitRef.class)
    List<com.perfdash.base.unit.UnitRef> unitRefs(@Bind("q") String query, @Bind("category") String category,
                                                @Bind("limit") int limit, @Bind("offset") int offset);

    @SqlQuery
    @RegisterConstructorMapper(com.perfdash.base.unit.UnitRef.class)
    java.util.Optional<com.perfdash.base.unit.UnitRef> unitRef(@Bind("unitCode") String unitCode);

    @SqlQuery
    @RegisterConstructorMapper(com.perfdash.base.unit.UnitRef.class)
    List<com.perfdash.base.unit.UnitRef> unitRefsOf(@Bind("unitCodes") String[] unitCodes);

    /** {@code orderColumn} and {@code direction} come from {@link UnitSortKey} and {@link UnitOrder} only. */
    @SqlQuery
    @RegisterConstructorMapper(UnitListRow.class)
    List<UnitListRow> units(@Bind("q") String query, @Bind("category") String category,
                            @Bind("basis") String basis, @Define("orderColumn") String orderColumn,
                            @Define("direction") String direction, @Bind("limit") int limit, @Bind("offset") int offset);

    @SqlQuery
    @RegisterConstructorMapper(UnitYearScore.class)
    List<UnitYearScore> scoreTrends(@BindList("unitCodes") List<String> unitCodes, @Bind("basis") String basis);

    @SqlQuery
    @RegisterConstructorMapper(UnitInfo.class)
    Optional<UnitInfo> unit(@Bind("unitCode") String unitCode);

    @SqlQuery
    @RegisterConstructorMapper(UnitYear.class)
    List<UnitYear> unitYears(@Bind("unitCode") String unitCode, @Bind("basis") String basis);

    @SqlQuery
    @RegisterConstructorMapper(ReportHeader.class)
    Optional<ReportHeader> reportHeader(@Bind("unitCode") String unitCode, @Bind("fiscalYear") int fiscalYear);

    @SqlQuery
    @RegisterConstructorMapper(BudgetStatement.class)
    BudgetStatement budgetStatement(@Bind("reportId") long reportId);

    @SqlQuery
    @RegisterConstructorMapper(NarrativeText.class)
    List<NarrativeText> narrative(@Bind("reportId") long reportId);

    @SqlQuery
    @RegisterConstructorMapper(ProjectRow.class)
    List<ProjectRow> projects(@Bind("reportId") long reportId);

    @SqlQuery
    @RegisterConstructorMapper(EvalTableInfo.class)
    List<EvalTableInfo> evalTables(@Bind("reportId") long reportId);

    @SqlQuery
    @RegisterConstructorMapper(FundsRow.class)
    List<FundsRow> fundsRows(@Bind("tableId") long tableId);

    @SqlQuery
    @RegisterConstructorMapper(Goal.class)
    List<Goal> goals(@Bind("tableId") long tableId);

    @SqlQuery
    @RegisterConstructorMapper(Level1Cap.class)
    List<Level1Cap> level1Caps(@Bind("tableId") long tableId);

    @SqlQuery
    @RegisterConstructorMapper(IndicatorRow.class)
    List<IndicatorRow> indicators(@Bind("tableId") long tableId);

    /** Whole-unit indicators of (unit, year) that the same unit's table of {@code previousYear} also holds. */
    @SqlQuery
    @RegisterConstructorMapper(IndicatorComparison.class)
    List<IndicatorComparison> sharedIndicators(@Bind("unitCode") String unitCode, @Bind("fiscalYear") int fiscalYear,
                                               @Bind("previousYear") int previousYear);
}
