package com.perfdash.importer.document;

import static com.perfdash.importer.document.DocxReader.MC;
import static com.perfdash.importer.document.DocxReader.W;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The text of a Word paragraph as it reads with its tracked changes accepted. */
final class WordText {

    private WordText() {
    }

    /** The paragraph's text: runs, tabs as a space, line breaks as {@code \n}; deleted text and field codes left out. */
    static String paragraph(Element p) {
        StringBuilder s = new StringBuilder();
        collect(p, s);
        return s.toString().replace('\u00a0', ' ').strip();
    }

    private static void collect(Node node, StringBuilder s) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            if (MC.equals(e.getNamespaceURI())) {
                if (e.getLocalName().equals("AlternateContent")) {
                    // the Choice and the Fallback hold the same content twice: read the first one only
                    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                        if (c instanceof Element choice) {
                            collect(choice, s);
                            break;
                        }
                    }
                }
                continue;
            }
            if (!W.equals(e.getNamespaceURI())) {
                // drawings, shapes: their text boxes are read as paragraphs of their own
                continue;
            }
            switch (e.getLocalName()) {
                case "t" -> appendText(e, s);
                case "tab", "ptab" -> s.append(' ');
                case "br", "cr" -> {
                    String type = e.getAttributeNS(W, "type");
                    if (type.isEmpty() || type.equals("textWrapping")) {
                        s.append('\n');
                    }
                }
                case "noBreakHyphen" -> s.append('-');
                case "del", "moveFrom", "delText", "instrText", "pPr", "rPr", "txbxContent", "fldData" -> {
                    // deleted by a tracked change, a field's code, formatting, or a text box read apart
                }
                default -> collect(e, s);
            }
        }
    }

    /** XMLBeans' DOM has no getTextContent (DOM level 3): the text children one by one. */
    private static void appendText(Element t, StringBuilder s) {
        for (Node n = t.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                s.append(n.getNodeValue());
            }
        }
    }

    /** The text boxes anchored in a paragraph, once each (not their compatibility copies). */
    static List<Element> textBoxes(Element p) {
        List<Element> boxes = new ArrayList<>();
        find(p, boxes);
        return boxes;
    }

    private static void find(Node node, List<Element> boxes) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            if (MC.equals(e.getNamespaceURI()) && e.getLocalName().equals("AlternateContent")) {
                for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                    if (c instanceof Element choice) {
                        find(choice, boxes);
                        break;
                    }
                }
                continue;
            }
            if (W.equals(e.getNamespaceURI()) && (e.getLocalName().equals("del") || e.getLocalName().equals("moveFrom"))) {
                continue;
            }
            if (W.equals(e.getNamespaceURI()) && e.getLocalName().equals("txbxContent")) {
                boxes.add(e);
                continue;
            }
            find(e, boxes);
        }
    }
}
