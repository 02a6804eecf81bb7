package com.perfdash.importer;

import com.perfdash.base.db.SearchText;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Service;

/** The report workbook to download: blank, or filled with a loaded report. */
@Service
public class ReportWorkbookService {

    /** The most reports one page of {@link #reports} returns. */
    public static final int MAX_PAGE = 500;

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Jdbi jdbi;

    public ReportWorkbookService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A workbook file: its name and bytes. */
    public record Workbook(String fileName, byte[] bytes) {

        public String contentType() {
            return CONTENT_TYPE;
        }
    }

    /** The blank workbook a clerk fills in. */
    public Workbook template() {
        return new Workbook("自评报告导入模板.xlsx", ReportWorkbookWriter.template());
    }

    /** The workbook of a loaded report; importing it gives back the same report. Empty when not loaded. */
    public Optional<Workbook> report(String unitCode, int fiscalYear) {
        return rows(unitCode, fiscalYear).map(r -> new Workbook(fiscalYear + "-" + unitCode + "-自评报告.xlsx",
                ReportWorkbookWriter.report(r)));
    }

    /** A loaded report as the rows of the data format. */
    public Optional<ReportRows> rows(String unitCode, int fiscalYear) {
        return jdbi.withExtension(ReportRowsQueries.class, q -> {
            List<DataRow> report = q.report(unitCode, fiscalYear);
            if (report.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new ReportRows(q.unit(unitCode).get(0), report.get(0), q.texts(unitCode, fiscalYear),
                    q.projects(unitCode, fiscalYear), q.tables(unitCode, fiscalYear), q.fundsRows(unitCode, fiscalYear),
                    q.goals(unitCode, fiscalYear), q.indicators(unitCode, fiscalYear)));
        });
    }

    /**
     * A page of the loaded reports, to pick one to download: by unit name, newest year first; only those
     * whose unit name, code or year holds {@code search} (null or blank: all). {@code limit} is capped at
     * {@link #MAX_PAGE}.
     */
    public List<ReportOption> reports(String search, int offset, int limit) {
        int pageSize = Math.min(limit, MAX_PAGE);
        if (pageSize <= 0) {
            return List.of();
        }
        return jdbi.withExtension(ImportQueries.class, q -> q.reports(SearchText.containsPattern(search), pageSize, Math.max(0, offset)));
    }

    /** How many reports {@link #reports} lists for {@code search}. */
    public int countReports(String search) {
        return jdbi.withExtension(ImportQueries.class, q -> q.countReports(SearchText.containsPattern(search)));
    }
}
