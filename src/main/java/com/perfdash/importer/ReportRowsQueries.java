package com.perfdash.importer;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * One loaded report as the rows of the data format's eight files (the columns named as there), for
 * the workbook download; SQL in {@code com/perfdash/importer/ReportRowsQueries/*.sql}.
 */
@UseClasspathSqlLocator
@RegisterRowMapper(DataRowMapper.class)
public interface ReportRowsQueries {

    @SqlQuery
    List<DataRow> unit(@Bind("unit") String unitCode);

    @SqlQuery
    List<DataRow> report(@Bind("unit") String unitCode, @Bind("year") int fiscalYear);

    @SqlQuery
    List<DataRow> texts(@Bind("unit") String unitCode, @Bind("year") int fiscalYear);

    @SqlQuery
    List<DataRow> projects(@Bind("unit") String unitCode, @Bind("year") int fiscalYear);

    @SqlQuery
    List<DataRow> tables(@Bind("unit") String unitCode, @Bind("year") int fiscalYear);

    @SqlQuery
    List<DataRow> fundsRows(@Bind("unit") String unitCode, @Bind("year") int fiscalYear);

    @SqlQuery
    List<DataRow> goals(@Bind("unit") String unitCode, @Bind("year") int fiscalYear);

    @SqlQuery
    List<DataRow> indicators(@Bind("unit") String unitCode, @Bind("year") int fiscalYear);
}
