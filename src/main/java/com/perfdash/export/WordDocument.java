package com.perfdash.export;

import com.perfdash.base.download.ChartImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;

/**
 * The Word plumbing of the summary documents: an A4 page with 2.54 cm margins, numbered headings, text
 * paragraphs, chart images with numbered captions and tables with a shaded, repeated header row. Every
 * text is real text in runs whose East Asian font is {@value #EAST_ASIAN_FONT} (Latin text and figures in
 * {@value #LATIN_FONT}), marked as Simplified Chinese, so Word, WPS and LibreOffice set it with a CJK font
 * and it can be copied and searched. What the summary says is {@link DocxWriter}'s.
 */
final class WordDocument {

    /** The font of Chinese text; Word and WPS have it, LibreOffice substitutes a CJK font for it. */
    static final String EAST_ASIAN_FONT = "宋体";
    static final String LATIN_FONT = "Calibri";
    /** The width of text on an A4 page with 2.54 cm margins, in points. */
    static final int TEXT_WIDTH_TWIPS = 11906 - 2 * 1440;
    static final double TEXT_WIDTH_PT = TEXT_WIDTH_TWIPS / 20.0;
    private static final String HEADER_FILL = "DCE6F2";

    private final Texts text;
    private final XWPFDocument doc = new XWPFDocument();
    private int images;
    private int headingNo;

    /** An empty document; {@code text} gives the heading numerals and the figure captions' wording. */
    WordDocument(Texts text) {
        this.text = text;
        pageSetup();
    }

    /** A paragraph that starts a new page, for a text set by {@link #run}. */
    XWPFParagraph newPage() {
        XWPFParagraph p = doc.createParagraph();
        p.setPageBreak(true);
        return p;
    }

    private void pageSetup() {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1440));
        margins.setBottom(BigInteger.valueOf(1440));
        margins.setLeft(BigInteger.valueOf(1440));
        margins.setRight(BigInteger.valueOf(1440));
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        fonts.setCs(LATIN_FONT);
        fonts.setEastAsia(EAST_ASIAN_FONT);
        doc.createStyles().setDefaultFonts(fonts);
    }

    void title(String title) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(120);
        run(p, title, true, 18);
    }

    void heading(String heading) {
        headingNo++;
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(240);
        p.setSpacingAfter(120);
        p.setKeepNext(true);
        String[] numerals = text.get("export.doc.headingNumerals").split(",");
        String numeral = headingNo <= numerals.length ? numerals[headingNo - 1].strip() : Integer.toString(headingNo);
        run(p, text.get("export.doc.headingNo", numeral) + heading, true, 14);
    }

    void subheading(String heading) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(160);
        p.setSpacingAfter(60);
        p.setKeepNext(true);
        run(p, heading, true, 12);
    }

    XWPFParagraph paragraph(String s, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingAfter(80);
        run(p, s, bold, 10.5);
        return p;
    }

    void note(String s) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(240);
        XWPFRun r = run(p, s, false, 9);
        r.setColor("555555");
    }

    void image(ChartImage chart) {
        images++;
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setKeepNext(true);
        XWPFRun r = p.createRun();
        double width = TEXT_WIDTH_PT;
        double height = width * chart.height() / chart.width();
        try {
            r.addPicture(new ByteArrayInputStream(chart.png()), Document.PICTURE_TYPE_PNG, "chart" + images + ".png",
                    Units.toEMU(width), Units.toEMU(height));
        } catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException("Cannot add chart " + chart.caption(), e);
        }
        XWPFParagraph caption = doc.createParagraph();
        caption.setAlignment(ParagraphAlignment.CENTER);
        caption.setSpacingAfter(200);
        run(caption, text.get("export.doc.figure", Integer.toString(images), chart.caption()), false, 9);
    }

    /**
     * A table with a shaded, repeated header row. The columns from {@code firstNumber} to
     * {@code lastNumber} are figures, right-aligned.
     *
     * @param widths relative column widths
     */
    void table(List<String> headers, List<List<String>> rows, double[] widths, int firstNumber, int lastNumber) {
        XWPFTable t = doc.createTable(rows.size() + 1, headers.size());
        t.setTableAlignment(TableRowAlign.CENTER);
        double total = 0;
        for (double w : widths) {
            total += w;
        }
        // widths in twips, in the grid and on every cell: Word reads the cells, LibreOffice the grid
        long[] twips = new long[headers.size()];
        for (int c = 0; c < twips.length; c++) {
            twips[c] = Math.round(widths[c] / total * TEXT_WIDTH_TWIPS);
        }
        t.setWidth(Long.toString(TEXT_WIDTH_TWIPS));
        CTTblGrid grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (long w : twips) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (int r = 0; r <= rows.size(); r++) {
            XWPFTableRow row = t.getRow(r);
            List<String> cells = r == 0 ? headers : rows.get(r - 1);
            if (r == 0) {
                row.setRepeatHeader(true);
            }
            row.setCantSplitRow(true);
            for (int c = 0; c < headers.size(); c++) {
                XWPFTableCell cell = row.getCell(c);
                cell.setWidth(Long.toString(twips[c]));
                if (r == 0) {
                    cell.setColor(HEADER_FILL);
                }
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setAlignment(r > 0 && c >= firstNumber && c <= lastNumber ? ParagraphAlignment.RIGHT : r == 0 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
                run(p, cells.get(c), r == 0, 9.5);
            }
        }
        doc.createParagraph().setSpacingAfter(60);
    }

    /** A run of real text with the Latin and the East Asian font set, marked as Simplified Chinese. */
    XWPFRun run(XWPFParagraph p, String s, boolean bold, double sizePt) {
        XWPFRun r = p.createRun();
        r.setText(s == null ? "" : s);
        r.setBold(bold);
        r.setFontSize(sizePt);
        r.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.ascii);
        r.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.hAnsi);
        r.setFontFamily(EAST_ASIAN_FONT, XWPFRun.FontCharRange.eastAsia);
        CTRPr rpr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
        CTLanguage lang = rpr.sizeOfLangArray() > 0 ? rpr.getLangArray(0) : rpr.addNewLang();
        lang.setEastAsia("zh-CN");
        return r;
    }

    void save(OutputStream out) {
        try (doc) {
            doc.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
