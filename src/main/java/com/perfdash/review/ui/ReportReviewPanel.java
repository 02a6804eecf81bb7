package com.perfdash.review.ui;

import com.perfdash.base.ui.Formats;
import com.perfdash.review.Correction;
import com.perfdash.review.Finding;
import com.perfdash.review.FindingMessages;
import com.perfdash.review.ProposedScore;
import com.perfdash.review.ReportReview;
import com.perfdash.review.ReviewDecisions;
import com.perfdash.review.ReviewEvent;
import com.perfdash.review.ReviewStatus;
import com.perfdash.review.ScoringRuleSets;
import com.perfdash.review.StatedFigure;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;

/**
 * The review (复核) of one report on its page: every correction beside the figure as stated, flagged
 * where a new version states another value; for finance and administrators, a form to correct a figure
 * or re-score an indicator, linked to the findings it answers. The service refuses anyone else.
 */
public class ReportReviewPanel extends Div {

    private final ReviewDecisions decisions;
    private final ScoringRuleSets ruleSets;
    private final String unitCode;
    private final int fiscalYear;
    private final List<Finding> findings;
    private final Runnable changed;
    private final Grid<Correction> grid = new Grid<>(Correction.class, false);
    private final Paragraph none = new Paragraph();

    /**
     * @param ruleSets the scoring rule sets, to name the one a score was proposed under
     * @param findings the report's findings, to link a correction to
     * @param changed  run after a correction was recorded (the page shows itself again)
     */
    public ReportReviewPanel(ReviewDecisions decisions, ScoringRuleSets ruleSets, String unitCode, int fiscalYear, List<Finding> findings,
                             Runnable changed) {
        this.decisions = decisions;
        this.ruleSets = ruleSets;
        this.unitCode = unitCode;
        this.fiscalYear = fiscalYear;
        this.findings = List.copyOf(findings);
        this.changed = changed;
        addClassName("report-review");
        boolean zh = FindingMessages.isChinese(getLocale());
        grid.addColumn(c -> c.figure().label(zh)).setKey("figure").setHeader(getTranslation("review.correction.figure"))
                .setFlexGrow(2);
        grid.addColumn(c -> format(c.figure(), c.statedValue())).setKey("stated").setHeader(getTranslation("review.correction.stated"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addColumn(c -> format(c.figure(), c.correctedValue())).setKey("corrected")
                .setHeader(getTranslation("review.correction.corrected")).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addColumn(c -> getTranslation("review.correction.kind." + c.kind())).setKey("kind")
                .setHeader(getTranslation("review.correction.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Correction::reason).setKey("reason").setHeader(getTranslation("review.correction.reason")).setFlexGrow(2);
        grid.addColumn(c -> c.recordedBy() + " " + Formats.dateTime(c.recordedAt())).setKey("by")
                .setHeader(getTranslation("review.correction.by")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::lookAgain).setKey("state").setHeader(getTranslation("review.correction.state"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addClassName("corrections-grid");
        none.setText(getTranslation("review.correction.none"));
        none.addClassName("empty-state");
        add(status());
        add(new H4(getTranslation("review.correction.heading")), none, grid);
        if (decisions.mayReview()) {
            add(form());
        }
        refresh();
    }

    /** Where the review stands, its history, and what the user may do: move it (finance), answer (finance, the unit). */
    private Div status() {
        ReportReview now = decisions.review(unitCode, fiscalYear);
        Div box = new Div(new H4(getTranslation("review.status.heading")));
        box.addClassName("review-status");
        Span badge = new Span(getTranslation(now.status().labelKey()));
        badge.addClassName("review-status-" + now.status().code());
        badge.getElement().getThemeList().add(switch (now.status()) {
            case PENDING -> "badge contrast";
            case IN_REVIEW -> "badge";
            case RETURNED -> "badge error";
            case REVIEWED -> "badge success";
        });
        Paragraph line = new Paragraph(badge);
        line.addClassName("review-status-line");
        if (now.status() == ReviewStatus.REVIEWED && now.reviewedScore() != null) {
            line.add(new Span(" " + getTranslation("review.status.score", Formats.points(now.reviewedScore()), now.reviewedGrade(),
                    now.ruleSet() == null ? Formats.MISSING : ruleSets.name(now.ruleSet(), getLocale()))));
        }
        if (now.by() != null) {
            line.add(new Span(" " + getTranslation("review.status.by", now.by(), Formats.dateTime(now.at()))));
        }
        box.add(line);
        if (now.message() != null) {
            Paragraph message = new Paragraph(getTranslation("review.status.message", now.message()));
            message.addClassName("review-message");
            box.add(message);
        }
        List<ReviewEvent> events = decisions.events(unitCode, fiscalYear);
        if (!events.isEmpty()) {
            Grid<ReviewEvent> history = new Grid<>(ReviewEvent.class, false);
            history.addColumn(e -> Formats.dateTime(e.loggedAt())).setHeader(getTranslation("review.history.at")).setAutoWidth(true).setFlexGrow(0);
            history.addColumn(ReviewEvent::username).setHeader(getTranslation("review.history.by")).setAutoWidth(true).setFlexGrow(0);
            history.addColumn(e -> e.comment() ? getTranslation("review.status.event.comment") : getTranslation(e.status().labelKey())
                    + (e.reviewedScore() == null ? "" : " " + Formats.points(e.reviewedScore())))
                    .setHeader(getTranslation("review.status.event")).setAutoWidth(true).setFlexGrow(0);
            history.addColumn(e -> e.message() == null ? "" : e.message()).setHeader(getTranslation("review.status.event.text")).setFlexGrow(1);
            history.setItems(events);
            history.setAllRowsVisible(true);
            history.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
            history.addClassName("review-events-grid");
            box.add(history);
        }
        if (decisions.mayReview()) {
            box.add(statusForm(now));
        }
        if (decisions.mayComment(unitCode)) {
            TextField text = new TextField(getTranslation("review.status.comment"));
            text.setWidth("32rem");
            text.setMaxLength(1000);
            Button send = new Button(getTranslation("review.status.comment.send"), e -> {
                if (text.getValue().isBlank()) {
                    text.setInvalid(true);
                    return;
                }
                decisions.comment(unitCode, fiscalYear, text.getValue());
                changed.run();
            });
            HorizontalLayout bar = new HorizontalLayout(text, send);
            bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            box.add(bar);
        }
        return box;
    }

    private Div statusForm(ReportReview now) {
        ComboBox<ReviewStatus> next = new ComboBox<>(getTranslation("review.status.form.status"));
        next.setItems(ReviewStatus.values());
        next.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        next.setValue(now.status() == ReviewStatus.PENDING ? ReviewStatus.IN_REVIEW : now.status());
        TextField message = new TextField(getTranslation("review.status.form.message"));
        message.setWidth("24rem");
        message.setMaxLength(1000);
        BigDecimalField score = new BigDecimalField(getTranslation("review.status.form.score"));
        score.setWidth("9rem");
        java.util.Optional<ProposedScore> proposal = decisions.proposal(unitCode, fiscalYear);
        score.setValue(now.reviewedScore() != null ? now.reviewedScore() : proposal.map(ProposedScore::proposedScore).orElse(null));
        score.setHelperText(getTranslation("review.status.form.score.helper"));
        Button save = new Button(getTranslation("review.status.form.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                decisions.setStatus(unitCode, fiscalYear, next.getValue(), message.getValue(), score.getValue());
                changed.run();
            } catch (IllegalArgumentException refused) {
                Notification.show(getTranslation(next.getValue() == ReviewStatus.RETURNED ? "review.status.form.needsMessage"
                        : "review.status.form.needsScore")).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        HorizontalLayout bar = new HorizontalLayout(next, message, score, save);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("flex-wrap", "wrap");
        bar.addClassName("review-status-form");
        Div form = new Div(bar);
        proposal.ifPresent(p -> form.add(proposalLine(p)));
        return form;
    }

    /** Under which rule set the 复核得分 is proposed, and why it is capped where it is. */
    private Paragraph proposalLine(ProposedScore p) {
        String ruleSet = p.ruleSetName(getLocale());
        String proposed = Formats.points(p.proposedScore());
        Paragraph line = new Paragraph(p.cap() != null
                ? getTranslation("review.proposal.cap", Formats.percentExact(p.executionRatePct()), ruleSet, Formats.points(p.cap()),
                        proposed, Formats.points(p.correctedScore()))
                : getTranslation("review.proposal.plain", ruleSet, proposed));
        line.addClassName(p.capped() ? "review-proposal-capped" : "review-proposal-uncapped");
        line.addClassName("review-proposal");
        return line;
    }

    private void refresh() {
        List<Correction> corrections = decisions.corrections(unitCode, fiscalYear);
        grid.setItems(corrections);
        grid.setVisible(!corrections.isEmpty());
        none.setVisible(corrections.isEmpty());
    }

    private Span lookAgain(Correction c) {
        if (!c.needsAnotherLook()) {
            Span ok = new Span(getTranslation("review.correction.state.current"));
            ok.getElement().getThemeList().add("badge success small");
            return ok;
        }
        Span again = new Span(getTranslation("review.correction.state.lookAgain", format(c.figure(), c.figure().value())));
        again.getElement().getThemeList().add("badge error small");
        again.addClassName("look-again");
        return again;
    }

    private String format(StatedFigure figure, BigDecimal value) {
        if (value == null) {
            return getTranslation("review.correction.notStated");
        }
        return figure.isMoney() ? getTranslation("review.correction.money", Formats.money(value))
                : getTranslation("review.correction.points", Formats.points(value));
    }

    /** Correct a stated figure (or re-score an indicator): figure, value, reason, the findings it answers. */
    private Div form() {
        boolean zh = FindingMessages.isChinese(getLocale());
        ComboBox<StatedFigure> figure = new ComboBox<>(getTranslation("review.correction.form.figure"));
        figure.setItems(decisions.figures(unitCode, fiscalYear));
        figure.setItemLabelGenerator(f -> f.label(zh) + " · " + format(f, f.value()));
        figure.setWidth("28rem");
        BigDecimalField value = new BigDecimalField(getTranslation("review.correction.form.value"));
        value.setWidth("10rem");
        TextField reason = new TextField(getTranslation("review.correction.form.reason"));
        reason.setWidth("22rem");
        reason.setMaxLength(500);
        MultiSelectComboBox<Finding> answers = new MultiSelectComboBox<>(getTranslation("review.correction.form.findings"));
        answers.setItems(findings);
        answers.setItemLabelGenerator(f -> f.rule().title(getLocale()) + " · " + (f.rowKeys().isEmpty() ? "" : f.rowKeys().get(0)));
        answers.setWidth("24rem");
        Button record = new Button(getTranslation("review.correction.form.record"));
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClickListener(e -> {
            StatedFigure f = figure.getValue();
            figure.setInvalid(f == null);
            value.setInvalid(value.getValue() == null);
            reason.setInvalid(reason.getValue().isBlank());
            if (f == null || value.getValue() == null || reason.getValue().isBlank()) {
                return;
            }
            decisions.correct(unitCode, fiscalYear, f.figureKey(), ReviewDecisions.kindOf(f.figureKey()), value.getValue(),
                    reason.getValue(), answers.getSelectedItems());
            Notification.show(getTranslation("review.correction.form.done", f.label(zh)))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            changed.run();
        });
        HorizontalLayout bar = new HorizontalLayout(figure, value, reason, answers, record);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("flex-wrap", "wrap");
        Div form = new Div(new H4(getTranslation("review.correction.form.heading")), bar);
        form.addClassName("correction-form");
        return form;
    }
}
