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
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads a Word {@code .docx} report: the body's paragraphs (text boxes included) and its tables as
 * grids. POI opens the package; the body is then walked as XML, because the parts a clerk's document
 * really holds — rows and cells inside content controls ({@code w:sdt}) and custom XML, tracked changes,
 * text boxes, merges stated as {@code vMerge}/{@code gridSpan}/{@code hMerge} — are only partly
 * reachable through XWPF's objects. {@link WordTable} rebuilds the merged cells. Tracked changes are
 * read as accepted: inserted text kept, deleted text and deleted rows left out.
 */
public final class DocxReader implements DocumentReader {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    @Override
    public SourceDocument read(Path content, String fileName, ImportLimits limits) {
        try (InputStream in = Files.newInputStream(content); XWPFDocument doc = new XWPFDocument(in)) {
            Node body = doc.getDocument().getBody().getDomNode();
            Body walk = new Body(fileName);
            walk.blocks(body);
            return walk.document();
        } catch (Exception | LinkageError e) {
            // a damaged or non-Word zip: POI throws several kinds; none of them may reach the clerk raw
            // told by what the file is: POI's texts ("No valid entries or contents found") mean nothing to the clerk
            String kind;
            try {
                kind = FileTypes.detect(content, fileName);
            } catch (IOException io) {
                kind = "docx";
            }
            ImportText why = switch (kind) {
                case "encrypted" -> ImportText.FILE_ENCRYPTED;
                case "docx", "zip-damaged" -> ImportText.WORD_DAMAGED;
                default -> ImportText.NOT_A_WORD_DOCUMENT;
            };
            return new SourceDocument(fileName, "docx", List.of(), List.of(), List.of(ImportIssue.error(CellRef.file(fileName), why)));
        }
    }

    /** The body's blocks in reading order; consecutive tables of one split table are joined at the end. */
    private static final class Body {
        private final String file;
        private final List<Paragraph> paragraphs = new ArrayList<>();
        /** Tables in document order, with the paragraphs that stood before each (to tell a split table). */
        private final List<WordTable> tables = new ArrayList<>();
        private final List<Integer> textBefore = new ArrayList<>();
        private int textSinceTable;

        Body(String file) {
            this.file = file;
        }

        void blocks(Node parent) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element e) || !W.equals(e.getNamespaceURI())) {
                    continue;
                }
                switch (e.getLocalName()) {
                    case "p" -> paragraph(e);
                    case "tbl" -> table(e);
                    case "sdt" -> {
                        Element content = child(e, "sdtContent");
                        if (content != null) {
                            blocks(content);
                        }
                    }
                    case "customXml", "ins", "moveTo", "smartTag" -> blocks(e);
                    default -> {
                        // w:del, w:moveFrom (tracked deletions), w:sectPr, bookmarks: nothing to read
                    }
                }
            }
        }

        private void paragraph(Element p) {
            String text = WordText.paragraph(p);
            if (!text.isBlank()) {
                paragraphs.add(new Paragraph(text, CellRef.inDocument(file, HtmlReader.BODY, paragraphs.size() + 1, null)));
                textSinceTable++;
            }
            for (Element box : WordText.textBoxes(p)) {
                blocks(box);
            }
        }

        private void table(Element tbl) {
            List<Element> nested = new ArrayList<>();
            WordTable t = WordTable.read(tbl, file, "表格 " + (tables.size() + 1), nested);
            tables.add(t);
            textBefore.add(textSinceTable);
            textSinceTable = 0;
            for (Element inner : nested) {
                table(inner);
            }
            // a table nested in a cell is not a page break's continuation of the table after it
            if (!nested.isEmpty()) {
                textSinceTable = 1;
            }
        }

        SourceDocument document() {
            List<Grid> grids = new ArrayList<>();
            List<ImportIssue> issues = new ArrayList<>();
            WordTable current = null;
            for (int i = 0; i < tables.size(); i++) {
                WordTable t = tables.get(i);
                if (current != null && textBefore.get(i) == 0 && current.continuedBy(t)) {
                    int dropped = current.join(t);
                    issues.add(ImportIssue.note(CellRef.sheet(file, t.name()), ImportText.NOTE_TABLE_JOINED,
                            t.name(), current.name(), String.valueOf(dropped)));
                    continue;
                }
                if (current != null) {
                    grids.add(current.grid());
                }
                current = t;
            }
            if (current != null) {
                grids.add(current.grid());
            }
            return new SourceDocument(file, "docx", paragraphs, grids, issues);
        }
    }

    static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && W.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    static String val(Element e) {
        if (e == null) {
            return null;
        }
        String v = e.getAttributeNS(W, "val");
        return v.isEmpty() ? null : v;
    }
}
