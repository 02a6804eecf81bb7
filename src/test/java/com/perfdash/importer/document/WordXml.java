package com.perfdash.importer.document;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes Word documents for tests from WordprocessingML, so that a test states exactly the XML a
 * real document holds (merges, content controls, tracked changes, text boxes). Table rows are given
 * as cells in a small notation: {@code "^"} continues a vertical merge, {@code "*text"} starts one,
 * {@code "text<<3"} spans three grid columns; {@code \n} inside a text starts a new paragraph of the cell.
 */
final class WordXml {

    static final String NAMESPACES = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
            + "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
            + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
            + "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
            + "xmlns:v=\"urn:schemas-microsoft-com:vml\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" mc:Ignorable=\"wps\"";

    private WordXml() {
    }

    /** A .docx holding {@code body} (the children of {@code w:body}) and an A4 page. */
    static Path write(Path file, String body) {
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document " + NAMESPACES + "><w:body>"
                + body
                + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" "
                + "w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>";
        String styles = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles " + NAMESPACES + "><w:docDefaults><w:rPrDefault><w:rPr>"
                + "<w:rFonts w:ascii=\"Noto Serif CJK SC\" w:eastAsia=\"Noto Serif CJK SC\" w:hAnsi=\"Noto Serif CJK SC\"/><w:sz w:val=\"18\"/>"
                + "</w:rPr></w:rPrDefault></w:docDefaults></w:styles>";
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            entry(zip, "word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                    + "</Relationships>");
            entry(zip, "word/document.xml", document);
            entry(zip, "word/styles.xml", styles);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    static String p(String text) {
        return "<w:p><w:r><w:t xml:space=\"preserve\">" + esc(text) + "</w:t></w:r></w:p>";
    }

    static String pageBreak() {
        return "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>";
    }

    /** A bordered table: its grid columns' widths (twips) and its rows in the notation above. */
    static String table(int[] widths, List<List<String>> rows) {
        StringBuilder s = new StringBuilder("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/><w:tblBorders>");
        for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
            s.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>");
        }
        s.append("</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>");
        for (int w : widths) {
            s.append("<w:gridCol w:w=\"").append(w).append("\"/>");
        }
        s.append("</w:tblGrid>");
        for (List<String> row : rows) {
            s.append(row(widths, row, ""));
        }
        return s.append("</w:tbl>").toString();
    }

    static String row(int[] widths, List<String> cells, String trPr) {
        StringBuilder s = new StringBuilder("<w:tr>").append(trPr);
        int column = 0;
        for (String spec : cells) {
            String text = spec;
            int span = 1;
            String vMerge = "";
            int at = text.lastIndexOf("<<");
            if (at >= 0) {
                span = Integer.parseInt(text.substring(at + 2));
                text = text.substring(0, at);
            }
            if (text.equals("^")) {
                vMerge = "<w:vMerge/>";
                text = "";
            } else if (text.startsWith("*")) {
                vMerge = "<w:vMerge w:val=\"restart\"/>";
                text = text.substring(1);
            }
            int width = 0;
            for (int c = column; c < column + span && c < widths.length; c++) {
                width += widths[c];
            }
            s.append(cell(width, span, vMerge, text));
            column += span;
        }
        return s.append("</w:tr>").toString();
    }

    static String cell(int width, int span, String merge, String text) {
        StringBuilder s = new StringBuilder("<w:tc><w:tcPr><w:tcW w:w=\"").append(width).append("\" w:type=\"dxa\"/>");
        if (span > 1) {
            s.append("<w:gridSpan w:val=\"").append(span).append("\"/>");
        }
        s.append(merge).append("</w:tcPr>");
        for (String line : text.split("\n", -1)) {
            s.append(p(line));
        }
        return s.append("</w:tc>").toString();
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
