package com.perfdash.export;

import com.perfdash.base.download.ChartImage;

import com.perfdash.base.ui.Formats;
import com.perfdash.review.Basis;
import com.perfdash.overview.WatchListEntry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * Writes annual summaries as Word documents (DOCX, A4): a title, the key figures against last year, the
 * chart images, the ranking, the watch list and the review findings. Every text is real text in runs
 * whose East Asian font is {@value #EAST_ASIAN_FONT} (Latin text and figures in {@value #LATIN_FONT}),
 * marked as Simplified Chinese, so Word, WPS and LibreOffice set it with a CJK font and it can be copied
 * and searched. Amounts are 万元 with two decimals, rates percents with one decimal.
 */
public final class DocxWriter {

    /** The font of Chinese text; Word and WPS have it, LibreOffice substitutes a CJK font for it. */
    public static final String EAST_ASIAN_FONT = "宋体";
    public static final String LATIN_FONT = "Calibri";
    /** The width of text on an A4 page with 2.54 cm margins, in points. */
    static final int TEXT_WIDTH_TWIPS = 11906 - 2 * 1440;
    static final double TEXT_WIDTH_PT = TEXT_WIDTH_TWIPS / 20.0;
    private static final String HEADER_FILL = "DCE6F2";

    private final Texts text;
    private final LocalDate generatedOn;
    private final XWPFDocument doc = new XWPFDocument();
    private int images;
    private int headingNo;

    private DocxWriter(Texts text, LocalDate generatedOn) {
        this.text = text;
        this.generatedOn = generatedOn;
        pageSetup();
    }

    /** One summary, with the chart images the page drew (in the order of {@link SummaryCharts#of}). */
    public static void write(AnnualSummary s, List<ChartImage> charts, Texts text, LocalDate generatedOn, OutputStream out) {
        DocxWriter w = new DocxWriter(text, generatedOn);
        w.summary(s, charts);
        w.save(out);
    }

    /**
     * Every unit's one-page summary of a year in one document, each unit on a page of its own. No charts
     * (no browser draws them here): each unit's years are a table instead.
     */
    public static void writeBatch(int fiscalYear, List<AnnualSummary> summaries, Texts text, LocalDate generatedOn,
                                  OutputStream out) {
        DocxWriter w = new DocxWriter(text, generatedOn);
        w.title(text.get("export.doc.batch.title", Integer.toString(fiscalYear)));
        w.paragraph(text.get("export.doc.batch.intro", Integer.toString(summaries.size()), generatedOn.toString()), false);
        if (summaries.isEmpty()) {
            w.paragraph(text.get("export.doc.noReports", Integer.toString(fiscalYear)), false);
        }
        for (AnnualSummary s : summaries) {
            w.unitPage(s);
        }
        w.save(out);
    }

    // ---- one summary -----------------------------------------------------------------------------

    private void summary(AnnualSummary s, List<ChartImage> charts) {
        String year = Integer.toString(s.fiscalYear());
        title(text.get("export.doc.title", scopeName(s), year));
        paragraph(text.get("export.doc.subtitle", generatedOn.toString(), Integer.toString(s.reports())), false)
                .setAlignment(ParagraphAlignment.CENTER);
        if (!s.hasReports()) {
            paragraph(text.get("export.doc.noReports", year), false);
            return;
        }
        heading(text.get("export.doc.keyFigures", year) + shown(s.basis()));
        keyFigures(s);
        heading(text.get("export.doc.charts", Integer.toString(s.fromYear()), year) + shown(s.basis()));
        if (charts.isEmpty()) {
            paragraph(text.get("export.doc.charts.none"), false);
        }
        for (ChartImage chart : charts) {
            image(chart);
        }
        heading(text.get("export.doc.ranking", year) + shown(s.basis()));
        ranking(s);
        heading(text.get("export.doc.watch", year));
        watchList(s);
        heading(text.get("export.doc.review", year));
        review(s);
        note(text.get("overview.note.definitions"));
    }

    /** "（口径：复核后）", as every heading of figures says it. */
    private String shown(Basis basis) {
        return basis.shown(key -> text.get(key));
    }

    private String scopeName(AnnualSummary s) {
        return s.scopeName() == null ? text.get("export.scope.district") : s.scopeName();
    }

    private void keyFigures(AnnualSummary s) {
        String year = Integer.toString(s.fiscalYear());
        String previous = Integer.toString(s.fiscalYear() - 1);
        List<List<String>> rows = new ArrayList<>();
        for (KeyFigure f : s.keyFigures()) {
            rows.add(List.of(text.get(f.labelKey()), value(f.kind(), f.current()), value(f.kind(), f.previous()), change(f)));
        }
        table(List.of(text.get("export.doc.col.figure"), text.get("export.doc.col.year", year),
                text.get("export.doc.col.year", previous), text.get("export.doc.col.change")), rows, new double[]{2.8, 1.9, 1.9, 3.4}, 1, 3);
    }

    private void ranking(AnnualSummary s) {
        if (s.isUnit()) {
            RankingLine own = s.ranking().isEmpty() ? null : s.ranking().get(0);
            String category = s.unit().unit().category();
            paragraph(own == null || own.rank() == null
                    ? text.get("export.doc.ranking.unit.none", category)
                    : text.get("export.doc.ranking.unit", category, Integer.toString(s.rankedUnits()), Integer.toString(own.rank())), false);
        } else if (s.rankedUnits() > s.ranking().stream().filter(l -> l.rank() != null).count()) {
            paragraph(text.get("export.doc.ranking.truncated", Integer.toString(s.rankedUnits()), Integer.toString(s.ranking().size())), false);
        }
        if (s.ranking().isEmpty()) {
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (RankingLine l : s.ranking()) {
            String score = Formats.points(l.totalScore()) + (Boolean.FALSE.equals(l.reviewed()) ? text.get("export.doc.ranking.unreviewedMark") : "");
            rows.add(List.of(l.rank() == null ? Formats.MISSING : Integer.toString(l.rank()), l.unitName(), l.category(),
                    score, signed(l.scoreChange(), Formats.points(abs(l.scoreChange()))),
                    rankChange(l.rankChange()), Formats.percentOfFraction(l.executionRate())));
        }
        table(List.of(text.get("export.doc.col.rank"), text.get("export.doc.col.unit"), text.get("export.doc.col.category"),
                text.get("export.doc.col.score"), text.get("export.doc.col.scoreChange"), text.get("export.doc.col.rankChange"),
                text.get("export.doc.col.executionRate")), rows, new double[]{1.1, 4, 2, 1.6, 1.6, 1.4, 1.6}, 3, 6);
        if (s.rankingHasUnreviewed()) {
            note(text.get("export.doc.ranking.unreviewed"));
        }
    }

    private void watchList(AnnualSummary s) {
        String year = Integer.toString(s.fiscalYear());
        paragraph(text.get("overview.watch.criteria"), false);
        if (s.watchList().isEmpty()) {
            paragraph(text.get(s.isUnit() ? "export.doc.watch.unit.none" : "export.doc.watch.none", year), false);
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (WatchListEntry e : s.watchList()) {
            rows.add(List.of(e.unitName(), e.category(), Formats.money(e.fullYearBudget()), Formats.percentOfFraction(e.executionRate()),
                    Formats.points(e.totalScore()), e.scoreChange() == null ? Formats.MISSING : signed(e.scoreChange(), Formats.points(e.scoreChange().abs())),
                    reasons(e)));
        }
        table(List.of(text.get("export.doc.col.unit"), text.get("export.doc.col.category"), text.get("export.doc.col.fullYearBudget"),
                text.get("export.doc.col.executionRate"), text.get("export.doc.col.score"), text.get("export.doc.col.scoreChange"),
                text.get("export.doc.col.reasons")), rows, new double[]{3.4, 1.8, 2, 1.5, 1.4, 1.4, 3}, 2, 5);
    }

    private String reasons(WatchListEntry e) {
        List<String> r = new ArrayList<>();
        if (e.lowExecution()) {
            r.add(text.get("overview.watch.reason.lowExecution"));
        }
        if (e.lowScore()) {
            r.add(text.get("overview.watch.reason.lowScore"));
        }
        if (e.largeFall()) {
            r.add(text.get("overview.watch.reason.largeFall", String.valueOf(e.fallRank())));
        }
        return String.join(text.get("overview.list.separator"), r);
    }

    private void review(AnnualSummary s) {
        ReviewSummary r = s.review();
        if (!r.available()) {
            paragraph(text.get("export.doc.review.unavailable"), false);
        } else if (r.findings() == 0) {
            paragraph(text.get("export.doc.review.none", Integer.toString(r.reports())), false);
        } else {
            paragraph(text.get("export.doc.review.counts", Integer.toString(r.reports()), Integer.toString(r.findings()),
                    Integer.toString(r.errors()), Integer.toString(r.warnings()), Integer.toString(r.infos()),
                    Integer.toString(r.reportsWithFindings())), false);
        }
    }

    // ---- the batch's unit page --------------------------------------------------------------------

    private void unitPage(AnnualSummary s) {
        String year = Integer.toString(s.fiscalYear());
        XWPFParagraph head = doc.createParagraph();
        head.setPageBreak(true);
        head.setSpacingAfter(120);
        run(head, text.get("export.doc.unitPage.title", s.scopeName(), year), true, 15);
        paragraph(text.get("export.doc.unitPage.meta", s.unit().unit().category(), s.unit().unit().unitCode()), false);
        if (!s.hasReports()) {
            paragraph(text.get("export.doc.noReports", year), false);
            return;
        }
        subheading(text.get("export.doc.keyFigures", year) + shown(s.basis()));
        keyFigures(s);
        subheading(text.get("export.doc.unitPage.years", Integer.toString(s.fromYear()), year));
        List<List<String>> rows = new ArrayList<>();
        s.unit().years().stream().filter(y -> y.fiscalYear() >= s.fromYear() && y.fiscalYear() <= s.fiscalYear()).forEach(y ->
                rows.add(List.of(Integer.toString(y.fiscalYear()), Formats.money(y.fullYearBudget()), Formats.money(y.executed()),
                        y.executionRate() == null ? Formats.MISSING : Formats.percentOfFraction(BigDecimal.valueOf(y.executionRate())),
                        Formats.money(y.projectFunding()), Formats.points(y.totalScore()), y.grade() == null ? Formats.MISSING : y.grade())));
        table(List.of(text.get("export.doc.col.fiscalYear"), text.get("export.doc.col.fullYearBudget"), text.get("export.doc.col.executed"),
                text.get("export.doc.col.executionRate"), text.get("export.doc.col.projectFunding"), text.get("export.doc.col.score"),
                text.get("export.doc.col.grade")), rows, new double[]{1.2, 2.4, 2.4, 1.6, 2.4, 1.5, 1.2}, 1, 5);
        subheading(text.get("export.doc.ranking", year) + shown(s.basis()));
        ranking(s);
        subheading(text.get("export.doc.watch", year));
        if (s.watchList().isEmpty()) {
            paragraph(text.get("export.doc.watch.unit.none", year), false);
        } else {
            paragraph(text.get("export.doc.watch.unit", reasons(s.watchList().get(0))), false);
        }
        subheading(text.get("export.doc.review", year));
        review(s);
    }

    // ---- formatting ------------------------------------------------------------------------------

    private String value(KeyFigure.Kind kind, BigDecimal v) {
        if (v == null) {
            return Formats.MISSING;
        }
        return switch (kind) {
            case MONEY -> Formats.money(v);
            case RATE -> Formats.percentOfFraction(v);
            case POINTS -> Formats.points(v);
            case COUNT -> Formats.integer(v.longValue());
        };
    }

    private String change(KeyFigure f) {
        BigDecimal c = f.change();
        if (c == null) {
            return Formats.MISSING;
        }
        return switch (f.kind()) {
            case MONEY -> signed(c, Formats.money(c.abs())) + relative(f.relativeChange());
            case COUNT -> signed(c, Formats.integer(c.abs().longValue())) + relative(f.relativeChange());
            case RATE -> signed(c, text.get("overview.unit.percentagePoints",
                    Formats.percent(c.abs().movePointRight(2)).replace("%", "")));
            case POINTS -> signed(c, text.get("overview.unit.points", Formats.points(c.abs())));
        };
    }

    private static String relative(BigDecimal r) {
        return r == null ? "" : "（" + signed(r, Formats.percentOfFraction(r.abs())) + "）";
    }

    private static String signed(BigDecimal v, String magnitude) {
        if (v == null) {
            return Formats.MISSING;
        }
        return (v.signum() > 0 ? "+" : v.signum() < 0 ? "−" : "") + magnitude;
    }

    private static BigDecimal abs(BigDecimal v) {
        return v == null ? null : v.abs();
    }

    private static String rankChange(Integer change) {
        if (change == null) {
            return Formats.MISSING;
        }
        return change > 0 ? "↑" + change : change < 0 ? "↓" + (-change) : "=";
    }

    // ---- document building -----------------------------------------------------------------------

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

    private void title(String title) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(120);
        run(p, title, true, 18);
    }

    private void heading(String heading) {
        headingNo++;
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(240);
        p.setSpacingAfter(120);
        p.setKeepNext(true);
        String[] numerals = text.get("export.doc.headingNumerals").split(",");
        String numeral = headingNo <= numerals.length ? numerals[headingNo - 1].strip() : Integer.toString(headingNo);
        run(p, text.get("export.doc.headingNo", numeral) + heading, true, 14);
    }

    private void subheading(String heading) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(160);
        p.setSpacingAfter(60);
        p.setKeepNext(true);
        run(p, heading, true, 12);
    }

    private XWPFParagraph paragraph(String s, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingAfter(80);
        run(p, s, bold, 10.5);
        return p;
    }

    private void note(String s) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(240);
        XWPFRun r = run(p, s, false, 9);
        r.setColor("555555");
    }

    private void image(ChartImage chart) {
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
    private void table(List<String> headers, List<List<String>> rows, double[] widths, int firstNumber, int lastNumber) {
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
    private XWPFRun run(XWPFParagraph p, String s, boolean bold, double sizePt) {
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

    private void save(OutputStream out) {
        try (doc) {
            doc.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
