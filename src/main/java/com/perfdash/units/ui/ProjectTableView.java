package com.perfdash.units.ui;

import jakarta.annotation.security.PermitAll;
import com.perfdash.base.ui.Formats;
import com.perfdash.base.ui.MainLayout;
import com.perfdash.review.Finding;
import com.perfdash.review.ReviewService;
import com.perfdash.review.ui.FindingsGrid;
import com.perfdash.units.EvalTableDetail;
import com.perfdash.units.EvalTableInfo;
import com.perfdash.units.ProjectTableDetail;
import com.perfdash.units.ReportHeader;
import com.perfdash.units.RowKeys;
import com.perfdash.units.UnitsService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One project evaluation table (项目支出绩效自评表) of a report, shown like the whole-unit table: the
 * project's name, spending direction, investment and period, whether the report's text lists it, then
 * what the review checks found in this table, funds rows, goals and the indicator tree with its sums
 * against the caps and the stated total. The last address segment is the table number (1, 2, …).
 * Accepts {@code ?highlight=} like the report page.
 */
@PermitAll
@Route(value = "units/:unitCode/:year([0-9]{1,4})/projects/:tableNo([0-9]{1,4})", layout = MainLayout.class)
@StyleSheet(UnitsStyles.SHEET)
public class ProjectTableView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final UnitsService service;
    private final ReviewService review;
    private String title = "";

    public ProjectTableView(UnitsService service, ReviewService review) {
        this.service = service;
        this.review = review;
        addClassName("project-table-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String unitCode = event.getRouteParameters().get("unitCode").orElse("");
        int year = event.getRouteParameters().getInteger("year").orElse(-1);
        int tableNo = event.getRouteParameters().getInteger("tableNo").orElse(-1);
        ProjectTableDetail detail = service.projectTable(unitCode, year, tableNo).orElse(null);
        if (detail == null) {
            event.rerouteToError(NotFoundException.class, getTranslation("units.notFound.projectTable",
                    unitCode, Integer.toString(year), Integer.toString(tableNo)));
            return;
        }
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        Set<String> highlight = RowKeys.parse(String.join(",", params.getOrDefault(ReportView.PARAM_HIGHLIGHT, List.of())));
        show(detail, highlight, event.getLocation().getPathWithQueryParameters());
    }

    private void show(ProjectTableDetail d, Set<String> highlight, String address) {
        removeAll();
        ReportHeader h = d.header();
        EvalTableDetail t = d.table();
        EvalTableInfo info = t.table();
        String projectName = info.projectName() == null ? Formats.MISSING : info.projectName();
        title = getTranslation("units.projectTable.title", projectName);
        Anchor back = new Anchor(UnitRoutes.report(h.unitCode(), h.fiscalYear()) + "#project-tables",
                getTranslation("units.projectTable.back", h.unitName(), Integer.toString(h.fiscalYear())));
        back.getElement().setAttribute("router-ignore", true);
        Div nav = new Div(back);
        nav.addClassName("report-nav");

        List<ReportSection> sections = List.of(
                new ReportSection("project", getTranslation("units.projectTable.section.info"), info(d)),
                new ReportSection("findings", getTranslation("units.report.section.findings"), findings(h, info.tableNo())),
                new ReportSection("funds", getTranslation("units.report.section.funds"), ReportTables.fundsWithDownload(this, t.funds(),
                        highlight, () -> getTranslation("export.file.projectTable.funds", h.unitName(), Integer.toString(h.fiscalYear()), projectName))),
                new ReportSection("goals", getTranslation("units.report.section.goals"), ReportTables.goals(this, t.goals())),
                new ReportSection("indicators", getTranslation("units.report.section.indicators"), indicators(t, highlight,
                        getTranslation("export.file.projectTable.indicators", h.unitName(), Integer.toString(h.fiscalYear()), projectName))));
        add(nav, ReportSection.tableOfContents(getTranslation("units.report.toc"), address, sections));
        sections.forEach(this::add);
        firstMarkedSection(highlight).ifPresent(id -> ReportSection.scrollTo(this, id));
    }

    /** The section holding the first marked row in page order: the funds rows, then the indicators (with the total). */
    static java.util.Optional<String> firstMarkedSection(Set<String> keys) {
        if (keys.stream().anyMatch(k -> k.startsWith("f"))) {
            return java.util.Optional.of("funds");
        }
        return keys.stream().anyMatch(k -> k.startsWith("i") || k.startsWith("t"))
                ? java.util.Optional.of("indicators") : java.util.Optional.empty();
    }

    /** The report's findings about this table; each link marks its rows on this page. */
    private Component findings(ReportHeader h, int tableNo) {
        List<Finding> found = review.findingsForReport(h.unitCode(), h.fiscalYear()).stream()
                .filter(f -> f.tableNo() != null && f.tableNo() == tableNo).toList();
        if (found.isEmpty()) {
            return ReportTables.emptyState(getTranslation("units.projectTable.findings.none"));
        }
        FindingsGrid grid = FindingsGrid.ofReport(found);
        grid.addClassName("table-findings");
        return grid;
    }

    private Component info(ProjectTableDetail d) {
        EvalTableInfo info = d.table().table();
        FormLayout form = new FormLayout();
        form.addClassName("project-info");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.getStyle().set("--vaadin-form-item-label-width", "10em");
        form.addFormItem(new Span(orMissing(info.projectName())), getTranslation("units.projectTable.name"));
        form.addFormItem(new Span(orMissing(info.spendingDirection())), getTranslation("units.projectTable.direction"));
        form.addFormItem(new Span(Formats.money(info.totalInvestment())), getTranslation("units.projectTable.investment"));
        form.addFormItem(new Span(Formats.money(info.investmentAppropriation())), getTranslation("units.projectTable.appropriation"));
        form.addFormItem(new Span(orMissing(info.period())), getTranslation("units.projectTable.period"));
        form.addFormItem(new Span(Formats.points(info.totalScore()) + (info.grade() == null ? "" : " / " + info.grade())),
                getTranslation("units.projectTable.score"));
        // a project table imported in a file of its own came from another file than its report
        form.addFormItem(new Span(orMissing(info.sourceFile())), getTranslation("units.projectTable.source"));
        Paragraph listed = new Paragraph(d.listedProject()
                .map(p -> getTranslation("units.projectTable.listed", Integer.toString(p.seq()), p.projectName(), Formats.money(p.budget())))
                .orElse(getTranslation("units.projectTable.notListed")));
        listed.addClassName(d.listedProject().isPresent() ? "listed" : "not-listed");
        return new Div(form, listed);
    }

    private Component indicators(EvalTableDetail t, Set<String> highlight, String fileName) {
        if (t.indicators().indicatorCount() == 0) {
            return ReportTables.emptyState(getTranslation("units.indicators.empty"));
        }
        Paragraph legend = new Paragraph(getTranslation("units.indicators.legend"));
        legend.addClassName("section-note");
        return new Div(legend, ReportTables.indicatorsWithDownload(this, t.indicators(), t.table().tableNo(), highlight, () -> fileName));
    }

    private static String orMissing(String s) {
        return s == null || s.isBlank() ? Formats.MISSING : s;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
