package com.perfdash.importer.recognize;

import com.perfdash.importer.CellRef;
import com.perfdash.importer.ImportIssue;
import com.perfdash.importer.ImportText;
import com.perfdash.importer.grid.Grid;
import com.perfdash.importer.grid.Narrative;
import com.perfdash.importer.grid.SourceDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a {@link SourceDocument} (grids and paragraphs from any reader) into the report model: the rows of
 * the data format, with the cell of every figure. Two layouts: our own report workbook (sheet 报告信息 and
 * the 自评表 sheets, {@link TemplateLayout}), and the 自评表 as units print them ({@link PrintedLayout}),
 * found by labels and read through the {@link SynonymTable}. Knows nothing of file formats.
 */
public final class ReportRecognizer {

    private final SynonymTable synonyms;

    public ReportRecognizer() {
        this(SynonymTable.standard());
    }

    public ReportRecognizer(SynonymTable synonyms) {
        this.synonyms = synonyms;
    }

    /**
     * Recognizes the report(s) a document holds.
     *
     * @param document  what a reader made of the file (its own issues are kept in the result)
     * @param narrative what the running text says, or {@link Narrative#EMPTY}
     */
    public Recognition recognize(SourceDocument document, Narrative narrative) {
        List<ImportIssue> issues = new ArrayList<>(document.issues());
        if (issues.stream().anyMatch(ImportIssue::error) && document.grids().isEmpty()) {
            return new Recognition(document.file(), "none", List.of(), List.of(), List.of(), List.of(), issues);
        }
        if (TemplateLayout.fits(document)) {
            TemplateLayout.Result r = TemplateLayout.read(document);
            issues.addAll(r.issues());
            return new Recognition(document.file(), "template", r.rows(), List.of(), List.of(), List.of(), issues);
        }
        Recognition printed = new PrintedLayout(document, narrative == null ? Narrative.EMPTY : narrative, synonyms).read();
        issues.addAll(printed.issues());
        if (printed.rows().isEmpty() && issues.stream().noneMatch(ImportIssue::error)) {
            List<String> names = document.grids().stream().map(Grid::name).toList();
            issues.add(ImportIssue.error(CellRef.file(document.file()), ImportText.NOT_A_REPORT_WORKBOOK,
                    com.perfdash.importer.WorkbookLayout.INFO_SHEET, String.join("、", names)));
        }
        return new Recognition(document.file(), "printed", printed.rows(), printed.synonyms(), printed.schemes(),
                printed.unread(), issues);
    }
}
