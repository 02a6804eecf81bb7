package com.perfdash.importer.document;

import com.perfdash.importer.CellRef;
import com.perfdash.importer.grid.Grid;
import com.perfdash.importer.grid.GridCell;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.TextPosition;

/**
 * Ruled tables of a PDF page, found from what the page draws: the horizontal and vertical rules
 * (stroked lines, rectangles, and the thin filled rectangles many writers draw borders with) are
 * grouped into tables; their distinct x and y edges make an elementary grid; where a rule is missing
 * between two elementary boxes they belong to one merged cell, which gives the spans; each glyph goes
 * to the cell its centre falls in. Text outside every table is the page's running text, line by line.
 * Coordinates are PDF points with the origin at the page's top left.
 */
final class RuledTables {

    /** Edges closer than this (points) are one edge. */
    private static final double SNAP = 2.0;
    /** Filled rectangles thinner than this are rules, not shading. */
    private static final double THIN = 2.5;

    private RuledTables() {
    }

    /** A horizontal or vertical rule, x1 ≤ x2 and y1 ≤ y2. */
    record Segment(double x1, double y1, double x2, double y2) {

        boolean horizontal() {
            return Math.abs(y2 - y1) < 0.5 && x2 - x1 >= SNAP;
        }

        boolean vertical() {
            return Math.abs(x2 - x1) < 0.5 && y2 - y1 >= SNAP;
        }

        static Segment of(double x1, double y1, double x2, double y2) {
            return new Segment(Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2));
        }
    }

    /** What one page holds, top to bottom: its tables and its lines of text. */
    record Page(List<Block> blocks) {
    }

    /** A table, or a line of running text with its line number on the page. */
    record Block(double top, PageTable table, String line, int lineNo) {
    }

    /** The rules one page draws, with the origin turned to the top left. */
    static List<Segment> segments(PDPage page) throws IOException {
        double height = page.getMediaBox().getHeight();
        double originY = page.getMediaBox().getLowerLeftY();
        double originX = page.getMediaBox().getLowerLeftX();
        List<Segment> out = new ArrayList<>();
        PDFGraphicsStreamEngine engine = new PDFGraphicsStreamEngine(page) {
            private final List<double[]> lines = new ArrayList<>();
            private final List<Point2D[]> rects = new ArrayList<>();
            private Point2D current = new Point2D.Double();
            private Point2D start = new Point2D.Double();

            private double x(double v) {
                return v - originX;
            }

            private double y(double v) {
                return height - (v - originY);
            }

            @Override
            public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
                rects.add(new Point2D[] {p0, p1, p2, p3});
                current = p0;
                start = p0;
            }

            @Override
            public void moveTo(float x, float y) {
                current = new Point2D.Float(x, y);
                start = current;
            }

            @Override
            public void lineTo(float x, float y) {
                lines.add(new double[] {current.getX(), current.getY(), x, y});
                current = new Point2D.Float(x, y);
            }

            @Override
            public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
                current = new Point2D.Float(x3, y3);
            }

            @Override
            public Point2D getCurrentPoint() {
                return current;
            }

            @Override
            public void closePath() {
                if (!current.equals(start)) {
                    lines.add(new double[] {current.getX(), current.getY(), start.getX(), start.getY()});
                }
                current = start;
            }

            @Override
            public void endPath() {
                lines.clear();
                rects.clear();
            }

            @Override
            public void strokePath() {
                for (double[] l : lines) {
                    add(l[0], l[1], l[2], l[3]);
                }
                for (Point2D[] r : rects) {
                    edges(r);
                }
                endPath();
            }

            @Override
            public void fillPath(int windingRule) {
                for (Point2D[] r : rects) {
                    double w = Math.abs(r[2].getX() - r[0].getX());
                    double h = Math.abs(r[2].getY() - r[0].getY());
                    if (h < THIN && w >= SNAP) {
                        double my = (r[0].getY() + r[2].getY()) / 2;
                        add(r[0].getX(), my, r[2].getX(), my);
                    } else if (w < THIN && h >= SNAP) {
                        double mx = (r[0].getX() + r[2].getX()) / 2;
                        add(mx, r[0].getY(), mx, r[2].getY());
                    }
                }
                // a filled polygon of lines (a border drawn as a thin closed path)
                if (!lines.isEmpty()) {
                    double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
                    for (double[] l : lines) {
                        minX = Math.min(minX, Math.min(l[0], l[2]));
                        maxX = Math.max(maxX, Math.max(l[0], l[2]));
                        minY = Math.min(minY, Math.min(l[1], l[3]));
                        maxY = Math.max(maxY, Math.max(l[1], l[3]));
                    }
                    if (maxY - minY < THIN && maxX - minX >= SNAP) {
                        add(minX, (minY + maxY) / 2, maxX, (minY + maxY) / 2);
                    } else if (maxX - minX < THIN && maxY - minY >= SNAP) {
                        add((minX + maxX) / 2, minY, (minX + maxX) / 2, maxY);
                    }
                }
                endPath();
            }

            @Override
            public void fillAndStrokePath(int windingRule) {
                strokePath();
            }

            private void edges(Point2D[] r) {
                for (int i = 0; i < 4; i++) {
                    Point2D a = r[i];
                    Point2D b = r[(i + 1) % 4];
                    add(a.getX(), a.getY(), b.getX(), b.getY());
                }
            }

            private void add(double x1, double y1, double x2, double y2) {
                Segment s = Segment.of(x(x1), y(y1), x(x2), y(y2));
                if (s.horizontal() || s.vertical()) {
                    out.add(s);
                }
            }

            @Override
            public void drawImage(PDImage pdImage) {
            }

            @Override
            public void clip(int windingRule) {
            }

            @Override
            public void shadingFill(COSName shadingName) {
            }
        };
        engine.processPage(page);
        return out;
    }

    /** The page's tables and text lines, top to bottom. */
    static Page read(String file, String part, double pageHeight, List<Segment> segments, List<TextPosition> glyphs) {
        List<Segment> h = new ArrayList<>();
        List<Segment> v = new ArrayList<>();
        for (Segment s : segments) {
            if (s.horizontal()) {
                h.add(s);
            } else if (s.vertical()) {
                v.add(s);
            }
        }
        List<PageTable> tables = new ArrayList<>();
        for (List<Segment> component : components(h, v)) {
            PageTable t = PageTable.build(file, part, tables.size() + 1, component);
            if (t != null) {
                tables.add(t);
            }
        }
        List<TextPosition> outside = new ArrayList<>();
        for (TextPosition g : glyphs) {
            double cx = g.getXDirAdj() + g.getWidthDirAdj() / 2;
            double cy = g.getYDirAdj() - g.getHeightDir() / 2;
            boolean placed = false;
            for (PageTable t : tables) {
                if (t.place(g, cx, cy)) {
                    placed = true;
                    break;
                }
            }
            if (!placed) {
                outside.add(g);
            }
        }
        List<Block> blocks = new ArrayList<>();
        for (PageTable t : tables) {
            t.finish();
            blocks.add(new Block(t.minY, t, null, 0));
        }
        for (List<TextPosition> line : lines(outside)) {
            String text = text(line);
            if (!text.isBlank()) {
                blocks.add(new Block(line.get(0).getYDirAdj(), null, text, 0));
            }
        }
        blocks.sort(Comparator.comparingDouble(Block::top));
        List<Block> numbered = new ArrayList<>();
        int lineNo = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.table() != null) {
                b.table().topOfPage = i == 0;
                b.table().bottomOfPage = i == blocks.size() - 1;
                numbered.add(b);
            } else {
                numbered.add(new Block(b.top(), null, b.line(), ++lineNo));
            }
        }
        return new Page(numbered);
    }

    /** Rules that touch or cross each other, grouped: each group is one table. */
    private static List<List<Segment>> components(List<Segment> h, List<Segment> v) {
        List<Segment> all = new ArrayList<>(h);
        all.addAll(v);
        int[] parent = new int[all.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < h.size(); i++) {
            for (int j = 0; j < v.size(); j++) {
                Segment a = h.get(i);
                Segment b = v.get(j);
                if (b.x1() >= a.x1() - SNAP && b.x1() <= a.x2() + SNAP && a.y1() >= b.y1() - SNAP && a.y1() <= b.y2() + SNAP) {
                    union(parent, i, h.size() + j);
                }
            }
        }
        List<List<Segment>> groups = new ArrayList<>();
        List<Integer> roots = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            int r = find(parent, i);
            int at = roots.indexOf(r);
            if (at < 0) {
                roots.add(r);
                groups.add(new ArrayList<>());
                at = groups.size() - 1;
            }
            groups.get(at).add(all.get(i));
        }
        return groups;
    }

    static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }

    /** Glyphs grouped into lines by their baseline, each line left to right. */
    static List<List<TextPosition>> lines(List<TextPosition> glyphs) {
        List<TextPosition> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(TextPosition::getYDirAdj).thenComparingDouble(TextPosition::getXDirAdj));
        List<List<TextPosition>> lines = new ArrayList<>();
        List<TextPosition> current = null;
        double baseline = 0;
        for (TextPosition g : sorted) {
            double tolerance = Math.max(1.0, g.getHeightDir() * 0.5);
            if (current == null || Math.abs(g.getYDirAdj() - baseline) > tolerance) {
                current = new ArrayList<>();
                lines.add(current);
                baseline = g.getYDirAdj();
            }
            current.add(g);
        }
        for (List<TextPosition> line : lines) {
            line.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
        }
        return lines;
    }

    /** A line's text, a space where the gap between two glyphs is as wide as one. */
    static String text(List<TextPosition> line) {
        StringBuilder s = new StringBuilder();
        double end = -1;
        for (TextPosition g : line) {
            String u = g.getUnicode();
            if (u == null) {
                continue;
            }
            if (u.isBlank()) {
                if (!s.isEmpty() && s.charAt(s.length() - 1) != ' ') {
                    s.append(' ');
                }
                end = g.getXDirAdj() + g.getWidthDirAdj();
                continue;
            }
            double space = g.getWidthOfSpace() > 0 ? g.getWidthOfSpace() : g.getFontSizeInPt() * 0.25;
            if (end >= 0 && g.getXDirAdj() - end > space * 0.6 && !s.isEmpty() && s.charAt(s.length() - 1) != ' ') {
                s.append(' ');
            }
            s.append(u);
            end = g.getXDirAdj() + g.getWidthDirAdj();
        }
        return s.toString().strip();
    }

    /** One ruled table of one page, and, once joined, the pages it runs on over. */
    static final class PageTable {
        private final String name;
        private final String file;
        private final double[] xs;
        private final double[] ys;
        final double minY;
        /** Merged cells: for each, rows r0..r1 and columns c0..c1 of the elementary grid. */
        private final List<int[]> boxes = new ArrayList<>();
        private final List<List<TextPosition>> glyphs = new ArrayList<>();
        private final List<Cell> cells = new ArrayList<>();
        private int rowCount;
        private int dropped;
        boolean topOfPage;
        boolean bottomOfPage;

        private record Cell(int row, int column, int rowSpan, int colSpan, String text, CellRef source) {
        }

        private PageTable(String file, String name, double[] xs, double[] ys) {
            this.file = file;
            this.name = name;
            this.xs = xs;
            this.ys = ys;
            this.minY = ys[0];
        }

        String name() {
            return name;
        }

        boolean top() {
            return topOfPage;
        }

        boolean bottom() {
            return bottomOfPage;
        }

        int droppedHeaderRows() {
            return dropped;
        }

        static PageTable build(String file, String part, int number, List<Segment> rules) {
            List<Segment> h = rules.stream().filter(Segment::horizontal).toList();
            List<Segment> v = rules.stream().filter(Segment::vertical).toList();
            double[] ys = distinct(h.stream().mapToDouble(Segment::y1).toArray());
            double[] xs = distinct(v.stream().mapToDouble(Segment::x1).toArray());
            if (xs.length < 2 || ys.length < 2) {
                return null;
            }
            PageTable t = new PageTable(file, part + " 表格 " + number, xs, ys);
            int rows = ys.length - 1;
            int cols = xs.length - 1;
            int[] parent = new int[rows * cols];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
            }
            for (int r = 0; r < rows; r++) {
                double midY = (ys[r] + ys[r + 1]) / 2;
                for (int c = 0; c < cols; c++) {
                    double midX = (xs[c] + xs[c + 1]) / 2;
                    if (c + 1 < cols && !covered(v, xs[c + 1], midY, true)) {
                        union(parent, r * cols + c, r * cols + c + 1);
                    }
                    if (r + 1 < rows && !covered(h, ys[r + 1], midX, false)) {
                        union(parent, r * cols + c, (r + 1) * cols + c);
                    }
                }
            }
            List<Integer> roots = new ArrayList<>();
            for (int i = 0; i < parent.length; i++) {
                int root = find(parent, i);
                int at = roots.indexOf(root);
                int r = i / cols;
                int c = i % cols;
                if (at < 0) {
                    roots.add(root);
                    t.boxes.add(new int[] {r, r, c, c});
                } else {
                    int[] b = t.boxes.get(at);
                    b[0] = Math.min(b[0], r);
                    b[1] = Math.max(b[1], r);
                    b[2] = Math.min(b[2], c);
                    b[3] = Math.max(b[3], c);
                }
            }
            for (int i = 0; i < t.boxes.size(); i++) {
                t.glyphs.add(new ArrayList<>());
            }
            t.rowCount = rows;
            return t;
        }

        /** Whether a rule lies along {@code at} (an x for vertical rules, a y for horizontal ones) across {@code mid}. */
        private static boolean covered(List<Segment> rules, double at, double mid, boolean vertical) {
            for (Segment s : rules) {
                double pos = vertical ? s.x1() : s.y1();
                double from = vertical ? s.y1() : s.x1();
                double to = vertical ? s.y2() : s.x2();
                if (Math.abs(pos - at) <= SNAP && mid >= from - 0.5 && mid <= to + 0.5) {
                    return true;
                }
            }
            return false;
        }

        private static double[] distinct(double[] values) {
            java.util.Arrays.sort(values);
            List<Double> out = new ArrayList<>();
            for (double d : values) {
                if (out.isEmpty() || d - out.get(out.size() - 1) > SNAP) {
                    out.add(d);
                }
            }
            return out.stream().mapToDouble(Double::doubleValue).toArray();
        }

        boolean place(TextPosition g, double cx, double cy) {
            if (cx < xs[0] || cx > xs[xs.length - 1] || cy < ys[0] || cy > ys[ys.length - 1]) {
                return false;
            }
            for (int i = 0; i < boxes.size(); i++) {
                int[] b = boxes.get(i);
                if (cy >= ys[b[0]] && cy <= ys[b[1] + 1] && cx >= xs[b[2]] && cx <= xs[b[3] + 1]) {
                    glyphs.get(i).add(g);
                    return true;
                }
            }
            return false;
        }

        /** Turns the placed glyphs into cell texts. */
        void finish() {
            for (int i = 0; i < boxes.size(); i++) {
                int[] b = boxes.get(i);
                cells.add(new Cell(b[0], b[2], b[1] - b[0] + 1, b[3] - b[2] + 1, cellText(glyphs.get(i)),
                        CellRef.inDocument(file, name, b[0] + 1, String.valueOf(b[2] + 1))));
            }
        }

        /**
         * A cell's lines: a line that ends a sentence keeps its break; any other was wrapped by the
         * cell's width and runs on into the next.
         */
        private static String cellText(List<TextPosition> glyphs) {
            StringBuilder s = new StringBuilder();
            for (List<TextPosition> line : lines(glyphs)) {
                String t = text(line);
                if (t.isEmpty()) {
                    continue;
                }
                if (!s.isEmpty() && "。；;：:".indexOf(s.charAt(s.length() - 1)) >= 0) {
                    s.append('\n');
                }
                s.append(t);
            }
            return s.toString();
        }

        private int columns() {
            return xs.length - 1;
        }

        /** The next page's table continues this one when it has the same column edges. */
        boolean continuedBy(PageTable next) {
            if (next.columns() != columns()) {
                return false;
            }
            for (int i = 0; i < xs.length; i++) {
                if (Math.abs(next.xs[i] - xs[i]) > SNAP * 2) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Appends the continuation's rows, leaving out a header row it repeats; a blank cell at its top
         * under a filled merged cell of this table is that cell running on over the page.
         */
        void join(PageTable next) {
            int skip = 0;
            while (skip < next.rowCount - 1 && repeatsHeader(next, skip)) {
                skip++;
            }
            next.dropped = skip;
            int first = skip;
            // a merged cell that starts in a dropped header row and runs on below it starts below it now
            List<Cell> theirs = new ArrayList<>();
            for (Cell c : next.cells) {
                if (c.row() < skip && c.row() + c.rowSpan() > skip) {
                    theirs.add(new Cell(skip, c.column(), c.row() + c.rowSpan() - skip, c.colSpan(), c.text(), c.source()));
                } else {
                    theirs.add(c);
                }
            }
            next.cells.clear();
            next.cells.addAll(theirs);
            List<Cell> lastRow = cells.stream().filter(c -> c.row() + c.rowSpan() == rowCount).toList();
            List<Cell> top = next.cells.stream().filter(c -> c.row() == first).sorted(Comparator.comparingInt(Cell::column)).toList();
            boolean broken = rowRunsOn(top, lastRow);
            int kept = broken ? skip + 1 : skip;
            int offset = rowCount - kept;
            for (Cell c : next.cells) {
                if (c.row() < skip) {
                    continue;
                }
                if (c.row() == skip) {
                    Cell above = lastRow.stream().filter(a -> a.column() == c.column() && a.colSpan() == c.colSpan()).findFirst().orElse(null);
                    if (broken) {
                        if (above != null) {
                            // the rest of a row the page break cut: its text runs on in the cell above
                            Cell longer = new Cell(above.row(), above.column(), above.rowSpan() + c.rowSpan() - 1, above.colSpan(),
                                    above.text() + c.text(), above.source());
                            cells.set(cells.indexOf(above), longer);
                        } else if (c.rowSpan() > 1) {
                            cells.add(new Cell(rowCount, c.column(), c.rowSpan() - 1, c.colSpan(), c.text(), c.source()));
                        }
                        continue;
                    }
                    if (runsOn(c, above)) {
                        // a merged cell running on over the page: the new page draws it again, empty
                        Cell longer = new Cell(above.row(), above.column(), above.rowSpan() + c.rowSpan(), above.colSpan(),
                                above.text(), above.source());
                        cells.set(cells.indexOf(above), longer);
                        continue;
                    }
                }
                cells.add(new Cell(c.row() + offset, c.column(), c.rowSpan(), c.colSpan(), c.text(), c.source()));
            }
            rowCount += next.rowCount - kept;
        }

        /** A merged cell the new page draws again, empty or with its text repeated. */
        private static boolean runsOn(Cell c, Cell above) {
            return above != null && !above.text().isBlank() && (c.text().isBlank() || c.text().equals(above.text()))
                    && (above.rowSpan() > 1 || c.rowSpan() > 1);
        }

        /**
         * Whether the continuation's first row is the rest of the last row before the break: its first
         * cell that is not a merged cell running on is blank, some cell has text, and every cell with
         * text stands under a cell of that last row.
         */
        private static boolean rowRunsOn(List<Cell> top, List<Cell> lastRow) {
            Cell leftmost = null;
            boolean anyText = false;
            for (Cell c : top) {
                Cell above = lastRow.stream().filter(a -> a.column() == c.column() && a.colSpan() == c.colSpan()).findFirst().orElse(null);
                boolean runsOn = runsOn(c, above);
                if (!runsOn && leftmost == null) {
                    leftmost = c;
                }
                if (!c.text().isBlank()) {
                    anyText = true;
                    if (above == null) {
                        return false;
                    }
                }
            }
            if (!anyText || leftmost == null) {
                return false;
            }
            if (leftmost.text().isBlank()) {
                return true;
            }
            // or its label wrapped onto the new page: text only under text, and none of the row's own
            // figures (weight, score) where the row before the break has them
            boolean figureLeftBehind = false;
            for (Cell c : top) {
                Cell above = lastRow.stream().filter(a -> a.column() == c.column() && a.colSpan() == c.colSpan()).findFirst().orElse(null);
                if (c.text().matches("\\s*\\d+(?:\\.\\d+)?\\s*")) {
                    return false;
                }
                if (!c.text().isBlank() && (above == null || above.text().isBlank())) {
                    return false;
                }
                if (c.text().isBlank() && above != null && above.rowSpan() == 1 && above.text().matches("\\s*\\d+(?:\\.\\d+)?\\s*")) {
                    figureLeftBehind = true;
                }
            }
            return figureLeftBehind;
        }

        private boolean repeatsHeader(PageTable next, int row) {
            List<Cell> theirs = next.cells.stream().filter(c -> c.row() == row).sorted(Comparator.comparingInt(Cell::column)).toList();
            if (theirs.stream().anyMatch(c -> c.text().chars().anyMatch(Character::isDigit))
                    || theirs.stream().filter(c -> !c.text().isBlank()).count() < 2) {
                return false;
            }
            for (int r = 0; r < rowCount; r++) {
                int rr = r;
                List<Cell> mine = cells.stream().filter(c -> c.row() <= rr && c.row() + c.rowSpan() > rr)
                        .sorted(Comparator.comparingInt(Cell::column)).toList();
                if (same(mine, theirs)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean same(List<Cell> a, List<Cell> b) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i).column() != b.get(i).column() || a.get(i).colSpan() != b.get(i).colSpan()) {
                    return false;
                }
                if (!a.get(i).text().equals(b.get(i).text()) && !b.get(i).text().isBlank()) {
                    return false;
                }
            }
            return true;
        }

        Grid grid() {
            List<GridCell> out = new ArrayList<>();
            for (Cell c : cells) {
                out.add(new GridCell(c.row(), c.column(), c.rowSpan(), c.colSpan(), c.text(), null, c.source()));
            }
            return new Grid(name, out);
        }
    }
}
