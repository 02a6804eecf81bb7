package com.perfdash.importer;

import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The import's reads and its log; SQL in {@code com/perfdash/importer/ImportQueries/*.sql}. */
@UseClasspathSqlLocator
public interface ImportQueries {

    /** Key figures of every loaded report of the units, with the data set of the active version. */
    @SqlQuery
    @RegisterConstructorMapper(KeyFigures.class)
    List<KeyFigures> keyFigures(@BindList("units") List<String> unitCodes);

    /**
     * A page of the loaded reports, by unit name and newest year first, to download as a workbook;
     * {@code pattern} is a search text as {@link com.perfdash.base.db.SearchText} makes it, null for all.
     */
    @SqlQuery
    @RegisterConstructorMapper(ReportOption.class)
    List<ReportOption> reports(@Bind("pattern") String pattern, @Bind("limit") int limit, @Bind("offset") int offset);

    /** How many reports {@link #reports} lists for {@code pattern}. */
    @SqlQuery
    int countReports(@Bind("pattern") String pattern);

    /** The project tables of every loaded report of the units, by report and table number. */
    @SqlQuery
    @RegisterConstructorMapper(ProjectTableFigures.class)
    List<ProjectTableFigures> projectTables(@BindList("units") List<String> unitCodes);

    /** The loaded units among {@code codes} (an empty list is not allowed). */
    @SqlQuery
    @RegisterConstructorMapper(UnitDeclaration.class)
    List<UnitDeclaration> units(@BindList("codes") List<String> codes);

    @SqlQuery
    int nextLogId();

    @SqlUpdate
    void insertLog(@Bind("id") long id, @Bind("action") String action, @Bind("outcome") String outcome,
                   @Bind("batch") String batch, @Bind("user") String user, @Bind("started") LocalDateTime started,
                   @Bind("finished") LocalDateTime finished, @Bind("fileCount") int fileCount,
                   @Bind("totalBytes") long totalBytes, @Bind("reportsNew") Integer reportsNew,
                   @Bind("reportsReplaced") Integer reportsReplaced, @Bind("unitYears") String unitYears,
                   @Bind("message") String message);

    @SqlUpdate
    void insertLogFile(@Bind("id") long id, @Bind("seq") int seq, @Bind("name") String name, @Bind("sha256") String sha256,
                       @Bind("size") long size, @Bind("format") String format, @Bind("notes") String notes,
                       @Bind("leftOut") String leftOut);

    /** The newest log rows first; only {@code user}'s when not null. */
    @SqlQuery
    @RegisterConstructorMapper(ImportLogRow.class)
    List<ImportLogRow> log(@Bind("user") String user, @Bind("limit") int limit);

    /** Batches with an accepted import in the log. */
    @SqlQuery
    List<String> loggedBatches();

    /** The files of one logged import. */
    @SqlQuery
    @RegisterConstructorMapper(ImportedFile.class)
    List<ImportedFile> logFiles(@Bind("id") long id);
}
