package com.perfdash.importer.document;

import static com.perfdash.importer.document.DocxReader.W;
import static com.perfdash.importer.document.DocxReader.child;
import static com.perfdash.importer.document.DocxReader.val;

import com.perfdash.importer.CellRef;
import com.perfdash.importer.grid.Grid;
import com.perfdash.importer.grid.GridCell;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * One Word table, its rows as Word writes them, turned into a logical grid the way docx4j's
 * {@code TableModel} does: a cell's grid column is the row's {@code w:gridBefore} plus the
 * {@code w:gridSpan}s of the cells before it; a {@code w:vMerge} continuation (a bare {@code <w:vMerge/>}
 * is one) joins the cell that starts at the same grid column in the row above — by column, not by its
 * position in the row; a legacy {@code w:hMerge} continuation widens the cell to its left. Rows deleted
 * by a tracked change are left out.
 */
final class WordTable {

    private enum Merge { NONE, RESTART, CONTINUE }

    /** A cell as the XML states it. */
    private record RawCell(int column, int span, Merge vMerge, Merge hMerge, String text) {
    }

    /** A row as the XML states it, with where it is in the document. */
    private record RawRow(List<RawCell> cells, boolean header, CellRef where) {

        int width() {
            return cells.isEmpty() ? 0 : cells.get(cells.size() - 1).column() + cells.get(cells.size() - 1).span();
        }

        boolean hasDigit() {
            return cells.stream().anyMatch(c -> c.text().chars().anyMatch(Character::isDigit));
        }
    }

    private final String file;
    private final String name;
    private final List<RawRow> rows = new ArrayList<>();

    private WordTable(String file, String name) {
        this.file = file;
        this.name = name;
    }

    String name() {
        return name;
    }

    /** Reads {@code tbl}; tables found inside its cells are added to {@code nested}, in order. */
    static WordTable read(Element tbl, String file, String name, List<Element> nested) {
        WordTable t = new WordTable(file, name);
        List<Element> trs = new ArrayList<>();
        rows(tbl, trs);
        int number = 0;
        for (Element tr : trs) {
            number++;
            Element trPr = child(tr, "trPr");
            if (trPr != null && child(trPr, "del") != null) {
                continue;
            }
            int column = 0;
            if (trPr != null && child(trPr, "gridBefore") != null) {
                column = intVal(child(trPr, "gridBefore"), 0);
            }
            boolean header = trPr != null && child(trPr, "tblHeader") != null && !"0".equals(val(child(trPr, "tblHeader")))
                    && !"false".equals(val(child(trPr, "tblHeader")));
            List<Element> tcs = new ArrayList<>();
            cells(tr, tcs);
            List<RawCell> cells = new ArrayList<>();
            for (Element tc : tcs) {
                Element tcPr = child(tc, "tcPr");
                int span = tcPr == null ? 1 : Math.max(1, intVal(child(tcPr, "gridSpan"), 1));
                Merge v = merge(tcPr == null ? null : child(tcPr, "vMerge"));
                Merge h = merge(tcPr == null ? null : child(tcPr, "hMerge"));
                cells.add(new RawCell(column, span, v, h, cellText(tc, nested)));
                column += span;
            }
            t.rows.add(new RawRow(cells, header, CellRef.inDocument(file, name, number, null)));
        }
        return t;
    }

    /** Rows of the table, also those wrapped in content controls or custom XML. */
    private static void rows(Element parent, List<Element> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && W.equals(e.getNamespaceURI())) {
                switch (e.getLocalName()) {
                    case "tr" -> out.add(e);
                    case "sdt" -> {
                        Element content = child(e, "sdtContent");
                        if (content != null) {
                            rows(content, out);
                        }
                    }
                    case "customXml", "ins", "moveTo" -> rows(e, out);
                    default -> {
                    }
                }
            }
        }
    }

    /** Cells of a row, also those wrapped in content controls or custom XML. */
    private static void cells(Element parent, List<Element> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && W.equals(e.getNamespaceURI())) {
                switch (e.getLocalName()) {
                    case "tc" -> out.add(e);
                    case "sdt" -> {
                        Element content = child(e, "sdtContent");
                        if (content != null) {
                            cells(content, out);
                        }
                    }
                    case "customXml", "ins", "moveTo" -> cells(e, out);
                    default -> {
                    }
                }
            }
        }
    }

    /** A cell's paragraphs, one line each; a table inside the cell is read as a table of its own. */
    private static String cellText(Element tc, List<Element> nested) {
        List<String> lines = new ArrayList<>();
        cellBlocks(tc, lines, nested);
        return String.join("\n", lines);
    }

    private static void cellBlocks(Element parent, List<String> lines, List<Element> nested) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e) || !W.equals(e.getNamespaceURI())) {
                continue;
            }
            switch (e.getLocalName()) {
                case "p" -> {
                    String text = WordText.paragraph(e);
                    if (!text.isBlank()) {
                        lines.add(text);
                    }
                    for (Element box : WordText.textBoxes(e)) {
                        cellBlocks(box, lines, nested);
                    }
                }
                case "tbl" -> nested.add(e);
                case "sdt" -> {
                    Element content = child(e, "sdtContent");
                    if (content != null) {
                        cellBlocks(content, lines, nested);
                    }
                }
                case "customXml", "ins", "moveTo" -> cellBlocks(e, lines, nested);
                default -> {
                }
            }
        }
    }

    private static Merge merge(Element e) {
        if (e == null) {
            return Merge.NONE;
        }
        // ECMA-376 17.4.85: w:val absent means "continue"
        return "restart".equals(val(e)) ? Merge.RESTART : Merge.CONTINUE;
    }

    private static int intVal(Element e, int otherwise) {
        String v = val(e);
        try {
            return v == null ? otherwise : Integer.parseInt(v.strip());
        } catch (NumberFormatException ex) {
            return otherwise;
        }
    }

    private int width() {
        return rows.stream().mapToInt(RawRow::width).max().orElse(0);
    }

    /**
     * Whether {@code next}, standing right after this table with no text between, is this table's
     * continuation over a page: the same number of grid columns.
     */
    boolean continuedBy(WordTable next) {
        return !next.rows.isEmpty() && !rows.isEmpty() && next.width() == width();
    }

    /**
     * Appends {@code next}'s rows, leaving out the header rows it repeats at its top (a row the same as
     * one of this table's, cell by cell, that is marked as a header row or holds no figure).
     *
     * @return how many repeated rows were left out
     */
    int join(WordTable next) {
        int dropped = 0;
        while (dropped < next.rows.size() - 1) {
            RawRow r = next.rows.get(dropped);
            if ((r.header() || !r.hasDigit()) && rows.stream().anyMatch(mine -> sameRow(mine, r))) {
                dropped++;
            } else {
                break;
            }
        }
        rows.addAll(next.rows.subList(dropped, next.rows.size()));
        return dropped;
    }

    /** Same cells, column by column; a merge continuation (blank in Word) stands for the cell above it. */
    private static boolean sameRow(RawRow a, RawRow b) {
        if (a.cells().size() != b.cells().size()) {
            return false;
        }
        int matched = 0;
        for (int i = 0; i < a.cells().size(); i++) {
            RawCell x = a.cells().get(i);
            RawCell y = b.cells().get(i);
            if (x.column() != y.column() || x.span() != y.span()) {
                return false;
            }
            if (x.vMerge() == Merge.CONTINUE || y.vMerge() == Merge.CONTINUE) {
                continue;
            }
            if (!x.text().equals(y.text())) {
                return false;
            }
            if (!x.text().isBlank()) {
                matched++;
            }
        }
        return matched >= 2;
    }

    /** The logical grid: merged cells as one cell with its spans, each cell's source its place in Word. */
    Grid grid() {
        List<Anchor> all = new ArrayList<>();
        List<Anchor> previousRow = new ArrayList<>();
        int r = 0;
        for (RawRow row : rows) {
            List<Anchor> thisRow = new ArrayList<>();
            Anchor left = null;
            for (RawCell c : row.cells()) {
                if (c.hMerge() == Merge.CONTINUE && left != null && left.lastColumn() + 1 == c.column()) {
                    left.colSpan += c.span();
                    left.append(c.text());
                    continue;
                }
                if (c.vMerge() == Merge.CONTINUE) {
                    Anchor above = previousRow.stream().filter(a -> a.column == c.column()).findFirst().orElse(null);
                    if (above != null) {
                        above.rowSpan++;
                        above.append(c.text());
                        thisRow.add(above);
                        left = above;
                        continue;
                    }
                }
                Anchor a = new Anchor(r, c.column(), c.span(), c.text(), row.where().withColumn(String.valueOf(c.column() + 1)));
                all.add(a);
                thisRow.add(a);
                left = a;
            }
            previousRow = thisRow;
            r++;
        }
        List<GridCell> cells = new ArrayList<>(all.size());
        for (Anchor a : all) {
            cells.add(new GridCell(a.row, a.column, a.rowSpan, a.colSpan, a.text.toString(), null, a.source));
        }
        return new Grid(name, cells);
    }

    private static final class Anchor {
        final int row;
        final int column;
        int rowSpan = 1;
        int colSpan;
        final StringBuilder text;
        final CellRef source;

        Anchor(int row, int column, int colSpan, String text, CellRef source) {
            this.row = row;
            this.column = column;
            this.colSpan = colSpan;
            this.text = new StringBuilder(text);
            this.source = source;
        }

        int lastColumn() {
            return column + colSpan - 1;
        }

        /** Text Word still shows in a merged-away cell goes under the merged cell's own. */
        void append(String more) {
            if (!more.isBlank()) {
                if (!text.isEmpty()) {
                    text.append('\n');
                }
                text.append(more);
            }
        }
    }
}
