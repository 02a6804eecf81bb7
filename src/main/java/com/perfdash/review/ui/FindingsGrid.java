package com.perfdash.review.ui;

import com.perfdash.base.ui.Formats;
import com.perfdash.review.Disposition;
import com.perfdash.review.Finding;
import com.perfdash.review.FindingMessages;
import com.perfdash.review.ReportLinks;
import com.perfdash.review.Severity;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * Findings as a grid: severity, (unit and year,) rule, the finding in the UI language, and a link to
 * the report page with the rows concerned highlighted. The review page shows every column; a unit or
 * report page can leave out what its page already says.
 */
public class FindingsGrid extends Grid<Finding> {

    /** What the grid's columns are keyed by, for tests and for pages that hide some. */
    public static final String SEVERITY = "severity";
    public static final String YEAR = "year";
    public static final String UNIT = "unit";
    public static final String RULE = "rule";
    public static final String MESSAGE = "message";
    public static final String REPORT = "report";
    public static final String DISPOSITION = "disposition";

    /**
     * @param withUnitAndYear false on a report page, where every finding is about the same report
     * @param withReportLink  false on the report page itself
     */
    public FindingsGrid(boolean withUnitAndYear, boolean withReportLink) {
        this(withUnitAndYear, withUnitAndYear, withReportLink);
    }

    /**
     * @param withYear       false on a report page
     * @param withUnit       false on a unit's or a report's page
     * @param withReportLink false on the report page itself
     */
    public FindingsGrid(boolean withYear, boolean withUnit, boolean withReportLink) {
        super(Finding.class, false);
        addClassName("findings-grid");
        addComponentColumn(this::severityBadge).setKey(SEVERITY).setHeader(getTranslation("review.grid.severity"))
                .setAutoWidth(true).setFlexGrow(0);
        if (withYear) {
            addColumn(Finding::fiscalYear).setKey(YEAR).setHeader(getTranslation("review.grid.year"))
                    .setAutoWidth(true).setFlexGrow(0);
        }
        if (withUnit) {
            addColumn(Finding::unitName).setKey(UNIT).setHeader(getTranslation("review.grid.unit"))
                    .setWidth("12rem").setFlexGrow(1);
        }
        addColumn(f -> f.rule().title(getLocale())).setKey(RULE).setHeader(getTranslation("review.grid.rule"))
                .setTooltipGenerator(f -> f.rule().code()).setWidth("14rem").setFlexGrow(1);
        addColumn(f -> f.message(getLocale())).setKey(MESSAGE).setHeader(getTranslation("review.grid.message"))
                .setFlexGrow(4);
        addComponentColumn(this::dispositionBadge).setKey(DISPOSITION).setHeader(getTranslation("review.grid.disposition"))
                .setAutoWidth(true).setFlexGrow(0);
        if (withReportLink) {
            addComponentColumn(this::reportLink).setKey(REPORT).setHeader(getTranslation("review.grid.report"))
                    .setAutoWidth(true).setFlexGrow(0);
        }
        // findings come in the service's order (errors first, latest year first); the lazy pages cannot re-sort
        getColumns().forEach(c -> c.setSortable(false));
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    }

    /** One unit's findings over the years (ReviewService#findingsForUnit): year, no unit, a link to each report. */
    public static FindingsGrid ofUnit(List<Finding> findings) {
        return fixed(new FindingsGrid(true, false, true), findings);
    }

    /** A grid over a fixed list, e.g. one report's findings (ReviewService#findingsForReport). */
    public static FindingsGrid of(List<Finding> findings, boolean withUnitAndYear, boolean withReportLink) {
        return fixed(new FindingsGrid(withUnitAndYear, withReportLink), findings);
    }

    /** Up to this many findings show whole, without an empty grid below them; more scroll in the grid's height. */
    static final int ALL_ROWS_VISIBLE_UP_TO = 25;

    private static FindingsGrid fixed(FindingsGrid grid, List<Finding> findings) {
        grid.setItems(findings);
        grid.setAllRowsVisible(findings.size() <= ALL_ROWS_VISIBLE_UP_TO);
        return grid;
    }

    private Span severityBadge(Finding f) {
        Severity s = f.severity();
        Span badge = new Span(FindingMessages.isChinese(getLocale()) ? s.labelZh() : s.labelEn());
        badge.getElement().getThemeList().add(switch (s) {
            case ERROR -> "badge error small";
            case WARNING -> "badge small";
            case INFO -> "badge contrast small";
        });
        return badge;
    }

    /** Finance's current decision, with who decided, when and why in its tooltip. */
    private Span dispositionBadge(Finding f) {
        Disposition d = f.disposition();
        Span badge = new Span(getTranslation(d.labelKey()));
        badge.addClassName("disposition-" + d.code());
        badge.getElement().getThemeList().add(switch (d) {
            case OPEN -> "badge contrast small";
            case CONFIRMED -> "badge error small";
            case DISMISSED -> "badge small";
            case CORRECTED -> "badge success small";
        });
        if (f.dispositionBy() != null) {
            badge.getElement().setAttribute("title", getTranslation("review.disposition.by", f.dispositionBy(),
                    Formats.dateTime(f.dispositionAt()),
                    f.dispositionReason() == null ? "—" : f.dispositionReason()));
        }
        return badge;
    }

    /** The link's words: "open the report", or on the report page itself "mark on this page". */
    private String linkLabelKey = "review.grid.open";

    /** For the report page: each finding's link marks its rows on the page already open. */
    public static FindingsGrid ofReport(List<Finding> findings) {
        FindingsGrid grid = of(findings, false, true);
        grid.linkLabelKey = "review.grid.mark";
        return grid;
    }

    private Anchor reportLink(Finding f) {
        Anchor a = new Anchor(ReportLinks.reportPage(f), getTranslation(linkLabelKey));
        a.getElement().setAttribute("title", f.unitName() + " " + f.fiscalYear());
        return a;
    }
}
