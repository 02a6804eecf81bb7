package com.perfdash.importer;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Service;

/** The report workbook to download: blank, or filled with a loaded report. */
@Service
public class ReportWorkbookService {

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

    /** Every loaded report, to pick one to download. */
    public List<ReportOption> reports() {
        return jdbi.withExtension(ImportQueries.class, ImportQueries::reports);
    }
}
