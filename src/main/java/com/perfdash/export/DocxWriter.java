package com.perfdash.export;

import com.perfdash.base.download.ChartImage;

import com.perfdash.base.ui.Formats;
import com.perfdash.base.ui.MeasureKind;
import com.perfdash.compare.MetricText;
import com.perfdash.review.Basis;
import com.perfdash.overview.WatchListEntry;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Writes annual summaries as Word documents (DOCX, A4): a title, the key figures against last year, the
 * chart images, the ranking, the watch list and the review findings; or every unit's one-page summary of
 * a year. Values and changes read as on the pages ({@link MeasureKind}): amounts 万元 with two decimals, rates
 * percents with one decimal and their changes in percentage points. The Word plumbing (page,
 * fonts, headings, tables, images) is {@link WordDocument}'s.
 */
public final class DocxWriter {

    private final Texts text;
    private final LocalDate generatedOn;
    private final WordDocument doc;

    private DocxWriter(Texts text, LocalDate generatedOn) {
        this.text = text;
        this.generatedOn = generatedOn;
        this.doc = new WordDocument(text);
    }

    /** One summary, with the chart images the page drew (in the order of {@link SummaryCharts#of}). */
    public static void write(AnnualSummary s, List<ChartImage> charts, Texts text, LocalDate generatedOn, OutputStream out) {
        DocxWriter w = new DocxWriter(text, generatedOn);
        w.summary(s, charts);
        w.doc.save(out);
    }

    /**
     * Every unit's one-page summary of a year in one document, each unit on a page of its own. No charts
     * (no browser draws them here): each unit's years are a table instead.
     */
    public static void writeBatch(int fiscalYear, List<AnnualSummary> summaries, Texts text, LocalDate generatedOn,
                                  OutputStream out) {
        DocxWriter w = new DocxWriter(text, generatedOn);
        w.doc.title(text.get("export.doc.batch.title", Integer.toString(fiscalYear)));
        w.doc.paragraph(text.get("export.doc.batch.intro", Integer.toString(summaries.size()), generatedOn.toString()), false);
        if (summaries.isEmpty()) {
            w.doc.paragraph(text.get("export.doc.noReports", Integer.toString(fiscalYear)), false);
        }
        for (AnnualSummary s : summaries) {
            w.unitPage(s);
        }
        w.doc.save(out);
    }

    // ---- one summary -----------------------------------------------------------------------------

    private void summary(AnnualSummary s, List<ChartImage> charts) {
        String year = Integer.toString(s.fiscalYear());
        doc.title(text.get("export.doc.title", scopeName(s), year));
        doc.paragraph(text.get("export.doc.subtitle", generatedOn.toString(), Integer.toString(s.reports())), false)
                .setAlignment(ParagraphAlignment.CENTER);
        if (!s.hasReports()) {
            doc.paragraph(text.get("export.doc.noReports", year), false);
            return;
        }
        doc.heading(text.get("export.doc.keyFigures", year) + shown(s.basis()));
        keyFigures(s);
        doc.heading(text.get("export.doc.charts", Integer.toString(s.fromYear()), year) + shown(s.basis()));
        if (charts.isEmpty()) {
            doc.paragraph(text.get("export.doc.charts.none"), false);
        }
        for (ChartImage chart : charts) {
            doc.image(chart);
        }
        doc.heading(text.get("export.doc.ranking", year) + shown(s.basis()));
        ranking(s);
        doc.heading(text.get("export.doc.watch", year));
        watchList(s);
        doc.heading(text.get("export.doc.review", year));
        review(s);
        doc.note(text.get("overview.note.definitions"));
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
            rows.add(List.of(text.get(f.labelKey()), f.kind().value(f.current()), f.kind().value(f.previous()),
                    f.kind().yearOnYear(f.change(), f.relativeChange(), text)));
        }
        doc.table(List.of(text.get("export.doc.col.figure"), text.get("export.doc.col.year", year),
                text.get("export.doc.col.year", previous), text.get("export.doc.col.change")), rows, new double[]{2.8, 1.9, 1.9, 3.4}, 1, 3);
    }

    private void ranking(AnnualSummary s) {
        if (s.isUnit()) {
            RankingLine own = s.ranking().isEmpty() ? null : s.ranking().get(0);
            String category = s.unit().unit().category();
            doc.paragraph(own == null || own.rank() == null
                    ? text.get("export.doc.ranking.unit.none", category)
                    : text.get("export.doc.ranking.unit", category, Integer.toString(s.rankedUnits()), Integer.toString(own.rank())), false);
        } else if (s.rankedUnits() > s.ranking().stream().filter(l -> l.rank() != null).count()) {
            doc.paragraph(text.get("export.doc.ranking.truncated", Integer.toString(s.rankedUnits()), Integer.toString(s.ranking().size())), false);
        }
        if (s.ranking().isEmpty()) {
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (RankingLine l : s.ranking()) {
            String score = Formats.points(l.totalScore()) + (Boolean.FALSE.equals(l.reviewed()) ? text.get("export.doc.ranking.unreviewedMark") : "");
            rows.add(List.of(l.rank() == null ? Formats.MISSING : Integer.toString(l.rank()), l.unitName(), l.category(),
                    score, MeasureKind.POINTS.change(l.scoreChange()).signed(),
                    MetricText.rankChange(l.rankChange()), Formats.percentOfFraction(l.executionRate())));
        }
        doc.table(List.of(text.get("export.doc.col.rank"), text.get("export.doc.col.unit"), text.get("export.doc.col.category"),
                text.get("export.doc.col.score"), text.get("export.doc.col.scoreChange"), text.get("export.doc.col.rankChange"),
                text.get("export.doc.col.executionRate")), rows, new double[]{1.1, 4, 2, 1.6, 1.6, 1.4, 1.6}, 3, 6);
        if (s.rankingHasUnreviewed()) {
            doc.note(text.get("export.doc.ranking.unreviewed"));
        }
    }

    private void watchList(AnnualSummary s) {
        String year = Integer.toString(s.fiscalYear());
        doc.paragraph(text.get("overview.watch.criteria"), false);
        if (s.watchList().isEmpty()) {
            doc.paragraph(text.get(s.isUnit() ? "export.doc.watch.unit.none" : "export.doc.watch.none", year), false);
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (WatchListEntry e : s.watchList()) {
            rows.add(List.of(e.unitName(), e.category(), Formats.money(e.fullYearBudget()), Formats.percentOfFraction(e.executionRate()),
                    Formats.points(e.totalScore()), MeasureKind.POINTS.change(e.scoreChange()).signed(),
                    reasons(e)));
        }
        doc.table(List.of(text.get("export.doc.col.unit"), text.get("export.doc.col.category"), text.get("export.doc.col.fullYearBudget"),
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
            doc.paragraph(text.get("export.doc.review.unavailable"), false);
        } else if (r.findings() == 0) {
            doc.paragraph(text.get("export.doc.review.none", Integer.toString(r.reports())), false);
        } else {
            doc.paragraph(text.get("export.doc.review.counts", Integer.toString(r.reports()), Integer.toString(r.findings()),
                    Integer.toString(r.errors()), Integer.toString(r.warnings()), Integer.toString(r.infos()),
                    Integer.toString(r.reportsWithFindings())), false);
        }
    }

    // ---- the batch's unit page --------------------------------------------------------------------

    private void unitPage(AnnualSummary s) {
        String year = Integer.toString(s.fiscalYear());
        XWPFParagraph head = doc.newPage();
        head.setSpacingAfter(120);
        doc.run(head, text.get("export.doc.unitPage.title", s.scopeName(), year), true, 15);
        doc.paragraph(text.get("export.doc.unitPage.meta", s.unit().unit().category(), s.unit().unit().unitCode()), false);
        if (!s.hasReports()) {
            doc.paragraph(text.get("export.doc.noReports", year), false);
            return;
        }
        doc.subheading(text.get("export.doc.keyFigures", year) + shown(s.basis()));
        keyFigures(s);
        doc.subheading(text.get("export.doc.unitPage.years", Integer.toString(s.fromYear()), year));
        List<List<String>> rows = new ArrayList<>();
        s.unit().years().stream().filter(y -> y.fiscalYear() >= s.fromYear() && y.fiscalYear() <= s.fiscalYear()).forEach(y ->
                rows.add(List.of(Integer.toString(y.fiscalYear()), Formats.money(y.fullYearBudget()), Formats.money(y.executed()),
                        y.executionRate() == null ? Formats.MISSING : Formats.percentOfFraction(BigDecimal.valueOf(y.executionRate())),
                        Formats.money(y.projectFunding()), Formats.points(y.totalScore()), y.grade() == null ? Formats.MISSING : y.grade())));
        doc.table(List.of(text.get("export.doc.col.fiscalYear"), text.get("export.doc.col.fullYearBudget"), text.get("export.doc.col.executed"),
                text.get("export.doc.col.executionRate"), text.get("export.doc.col.projectFunding"), text.get("export.doc.col.score"),
                text.get("export.doc.col.grade")), rows, new double[]{1.2, 2.4, 2.4, 1.6, 2.4, 1.5, 1.2}, 1, 5);
        doc.subheading(text.get("export.doc.ranking", year) + shown(s.basis()));
        ranking(s);
        doc.subheading(text.get("export.doc.watch", year));
        if (s.watchList().isEmpty()) {
            doc.paragraph(text.get("export.doc.watch.unit.none", year), false);
        } else {
            doc.paragraph(text.get("export.doc.watch.unit", reasons(s.watchList().get(0))), false);
        }
        doc.subheading(text.get("export.doc.review", year));
        review(s);
    }

    // ---- document building -----------------------------------------------------------------------
}
