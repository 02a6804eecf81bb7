package com.perfdash.importer.document;

import com.perfdash.importer.CellRef;
import com.perfdash.importer.ImportIssue;
import com.perfdash.importer.ImportLimits;
import com.perfdash.importer.ImportText;
import com.perfdash.importer.grid.DocumentReader;
import com.perfdash.importer.grid.Grid;
import com.perfdash.importer.grid.Paragraph;
import com.perfdash.importer.grid.SourceDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a PDF report that has a text layer: its lines of running text and its ruled tables, found
 * from the lines and rectangles the page draws ({@link RuledTables}). A PDF without any text (a scan)
 * is refused with a message asking for the Word original: figures are never guessed from an image.
 * A table that runs on over a page break is joined with its continuation.
 */
public final class PdfReader implements DocumentReader {

    @Override
    public SourceDocument read(Path content, String fileName, ImportLimits limits) {
        try (PDDocument pdf = Loader.loadPDF(content.toFile())) {
            List<Paragraph> paragraphs = new ArrayList<>();
            List<Grid> grids = new ArrayList<>();
            List<ImportIssue> issues = new ArrayList<>();
            int glyphs = 0;
            RuledTables.PageTable previous = null;
            boolean textSincePrevious = false;
            int pageNo = 0;
            for (PDPage page : pdf.getPages()) {
                pageNo++;
                List<TextPosition> text = glyphs(pdf, pageNo);
                glyphs += (int) text.stream().filter(t -> !t.getUnicode().isBlank()).count();
                List<RuledTables.Segment> segments = RuledTables.segments(page);
                String part = "第 " + pageNo + " 页";
                RuledTables.Page read = RuledTables.read(fileName, part, page.getMediaBox().getHeight(), segments, text);
                // a table at the top of this page continues the last table of the page before
                for (RuledTables.Block block : read.blocks()) {
                    if (block.table() != null) {
                        RuledTables.PageTable t = block.table();
                        if (previous != null && !textSincePrevious && t.top() && previous.continuedBy(t)) {
                            previous.join(t);
                            issues.add(ImportIssue.note(CellRef.sheet(fileName, part), ImportText.NOTE_TABLE_JOINED,
                                    t.name(), previous.name(), String.valueOf(t.droppedHeaderRows())));
                        } else {
                            if (previous != null) {
                                grids.add(previous.grid());
                            }
                            previous = t;
                        }
                        textSincePrevious = false;
                    } else {
                        paragraphs.add(new Paragraph(block.line(), CellRef.inDocument(fileName, part, block.lineNo(), null)));
                        textSincePrevious = true;
                    }
                }
                textSincePrevious |= previous != null && !previous.bottom();
            }
            if (previous != null) {
                grids.add(previous.grid());
            }
            if (glyphs == 0) {
                return new SourceDocument(fileName, "pdf", List.of(), List.of(),
                        List.of(ImportIssue.error(CellRef.file(fileName), ImportText.PDF_NO_TEXT_LAYER)));
            }
            return new SourceDocument(fileName, "pdf", paragraphs, grids, issues);
        } catch (IOException | RuntimeException e) {
            // PDFBox's texts ("Header doesn't contain versioninfo") mean nothing to the clerk
            ImportText why = e instanceof org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException
                    ? ImportText.FILE_ENCRYPTED : ImportText.PDF_DAMAGED;
            return new SourceDocument(fileName, "pdf", List.of(), List.of(), List.of(ImportIssue.error(CellRef.file(fileName), why)));
        }
    }

    /** The glyphs of one page as PDFBox places them (in reading direction, top-left origin). */
    private static List<TextPosition> glyphs(PDDocument pdf, int pageNo) throws IOException {
        List<TextPosition> out = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                out.add(text);
            }
        };
        stripper.setStartPage(pageNo);
        stripper.setEndPage(pageNo);
        stripper.getText(pdf);
        return out;
    }
}
