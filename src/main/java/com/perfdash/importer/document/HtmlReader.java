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
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads a web page saved from a government site ({@code .html}, {@code .htm}): its paragraphs (the
 * title, the date line, the notes) and its tables with {@code rowspan}/{@code colspan} as grids. The
 * page's own {@code <meta charset>} decides how its bytes are decoded (GBK pages are common), UTF-8
 * where it names none. A table inside a table cell becomes a grid of its own after its parent.
 */
public final class HtmlReader implements DocumentReader {

    /** Elements that end a line of running text. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "section", "article", "header", "footer", "center", "blockquote", "pre", "dd", "dt", "dl", "tr", "hr",
            "form", "main", "nav", "aside", "address", "body", "html", "caption");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "head", "template", "iframe", "object");

    @Override
    public SourceDocument read(Path content, String fileName, ImportLimits limits) {
        Document page;
        try (InputStream in = Files.newInputStream(content)) {
            // null charset: jsoup takes the BOM, then <meta charset> / http-equiv, else UTF-8
            page = Jsoup.parse(in, null, "");
        } catch (IOException e) {
            return failed(fileName, e.getMessage());
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Grid> grids = new ArrayList<>();
        String title = page.title().strip();
        Walk walk = new Walk(fileName, paragraphs, grids);
        if (!title.isEmpty()) {
            paragraphs.add(new Paragraph(title, CellRef.inDocument(fileName, TITLE, 1, null)));
        }
        walk.text(page.body() == null ? page : page.body());
        walk.flush();
        return new SourceDocument(fileName, "html", paragraphs, grids, List.of());
    }

    /** The part of a page its {@code <title>} is given under. */
    public static final String TITLE = "标题";
    /** The part of a document its running text is given under. */
    public static final String BODY = "正文";

    static SourceDocument failed(String fileName, String why) {
        return new SourceDocument(fileName, "html", List.of(), List.of(),
                List.of(ImportIssue.error(CellRef.file(fileName), ImportText.FILE_UNREADABLE, String.valueOf(why))));
    }

    /** Running text, table by table, in document order. */
    private static final class Walk {
        private final String file;
        private final List<Paragraph> paragraphs;
        private final List<Grid> grids;
        private final StringBuilder line = new StringBuilder();

        Walk(String file, List<Paragraph> paragraphs, List<Grid> grids) {
            this.file = file;
            this.paragraphs = paragraphs;
            this.grids = grids;
        }

        void text(Node node) {
            for (Node child : node.childNodes()) {
                if (child instanceof TextNode t) {
                    append(line, t.text());
                } else if (child instanceof Element e) {
                    String tag = e.normalName();
                    if (SKIPPED.contains(tag)) {
                        continue;
                    }
                    if (tag.equals("table")) {
                        flush();
                        table(e);
                    } else if (tag.equals("br")) {
                        flush();
                    } else if (BLOCKS.contains(tag)) {
                        flush();
                        text(e);
                        flush();
                    } else {
                        text(e);
                    }
                }
            }
        }

        void flush() {
            String s = collapse(line.toString());
            line.setLength(0);
            if (!s.isEmpty()) {
                paragraphs.add(new Paragraph(s, CellRef.inDocument(file, BODY, paragraphs.size() + 1, null)));
            }
        }

        void table(Element table) {
            String name = "表格 " + (grids.size() + 1);
            int index = grids.size();
            grids.add(null);
            SpanGrid grid = new SpanGrid(file, name);
            List<Element> nested = new ArrayList<>();
            for (Element tr : rows(table)) {
                grid.newRow();
                for (Element td : tr.children()) {
                    if (!td.normalName().equals("td") && !td.normalName().equals("th")) {
                        continue;
                    }
                    grid.cell(span(td.attr("rowspan")), span(td.attr("colspan")), cellText(td, nested));
                }
            }
            grids.set(index, grid.build());
            for (Element inner : nested) {
                table(inner);
            }
        }

        /** The table's own rows, not those of a table nested in one of its cells. */
        private static List<Element> rows(Element table) {
            List<Element> rows = new ArrayList<>();
            for (Element child : table.children()) {
                String tag = child.normalName();
                if (tag.equals("tr")) {
                    rows.add(child);
                } else if (tag.equals("thead") || tag.equals("tbody") || tag.equals("tfoot")) {
                    for (Element tr : child.children()) {
                        if (tr.normalName().equals("tr")) {
                            rows.add(tr);
                        }
                    }
                }
            }
            return rows;
        }

        private static int span(String attr) {
            try {
                int n = Integer.parseInt(attr.strip());
                // browsers treat 0 and absurd spans as 1 and cap colspan at 1000
                return n < 1 ? 1 : Math.min(n, 1000);
            } catch (NumberFormatException e) {
                return 1;
            }
        }

        /** A cell's text: lines as the page breaks them ({@code <br>}, paragraphs), spaces collapsed. */
        private static String cellText(Element td, List<Element> nested) {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            cellLines(td, lines, current, nested);
            endLine(lines, current);
            return String.join("\n", lines);
        }

        private static void cellLines(Node node, List<String> lines, StringBuilder current, List<Element> nested) {
            for (Node child : node.childNodes()) {
                if (child instanceof TextNode t) {
                    append(current, t.text());
                } else if (child instanceof Element e) {
                    String tag = e.normalName();
                    if (SKIPPED.contains(tag)) {
                        continue;
                    }
                    if (tag.equals("table")) {
                        nested.add(e);
                    } else if (tag.equals("br")) {
                        endLine(lines, current);
                    } else if (BLOCKS.contains(tag)) {
                        endLine(lines, current);
                        cellLines(e, lines, current, nested);
                        endLine(lines, current);
                    } else {
                        cellLines(e, lines, current, nested);
                    }
                }
            }
        }

        private static void endLine(List<String> lines, StringBuilder current) {
            String s = collapse(current.toString());
            current.setLength(0);
            if (!s.isEmpty()) {
                lines.add(s);
            }
        }

        private static void append(StringBuilder to, String text) {
            to.append(text);
        }

        /** Runs of white space (the page's line breaks, &nbsp;) to one space, trimmed. */
        private static String collapse(String s) {
            return s.replace('\u00a0', ' ').replaceAll("[ \\t\\r\\n\\f\\u3000]+", " ").strip();
        }
    }
}
