package com.perfdash.catalog;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Queries over what is loaded; SQL in {@code com/perfdash/catalog/CatalogQueries/*.sql}. */
@UseClasspathSqlLocator
public interface CatalogQueries {

    @SqlQuery
    @RegisterConstructorMapper(DataSummary.class)
    DataSummary summary();

    @SqlQuery
    @RegisterConstructorMapper(YearlyBudget.class)
    List<YearlyBudget> yearlyBudgets();

    @SqlQuery
    @RegisterConstructorMapper(UnitCount.class)
    List<UnitCount> unitsByCategory();
}
