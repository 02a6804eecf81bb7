package com.perfdash.review.ui;

import com.perfdash.base.ui.Formats;
import com.perfdash.base.ui.MainLayout;
import com.perfdash.review.DistrictRuleSet;
import com.perfdash.review.ExecutionCap;
import com.perfdash.review.RuleSet;
import com.perfdash.review.RuleSetChoice;
import com.perfdash.review.ScoringRuleSets;
import com.perfdash.security.Role;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 评分规则 (administrators only): each scoring rule set with its rules, the rule set each district is
 * reviewed under with who chose it when, a choice per district, and the history of choices. The service
 * refuses a choice from anyone else and brings the district's findings up to date with it.
 */
@RolesAllowed(Role.ADMIN_NAME)
@Route(value = "admin/rule-sets", layout = MainLayout.class)
@Menu(title = "nav.ruleSets", icon = "vaadin:scale", order = 101)
public class RuleSetsView extends VerticalLayout implements HasDynamicTitle {

    private final ScoringRuleSets service;
    private final List<RuleSet> ruleSets;
    private final Map<String, RuleSet> byCode;
    private final Grid<DistrictRuleSet> districts = new Grid<>(DistrictRuleSet.class, false);
    private final Grid<RuleSetChoice> history = new Grid<>(RuleSetChoice.class, false);
    private final Paragraph noDistricts = new Paragraph();

    public RuleSetsView(ScoringRuleSets service) {
        this.service = service;
        this.ruleSets = service.ruleSets();
        this.byCode = ruleSets.stream().collect(Collectors.toMap(RuleSet::code, Function.identity()));
        addClassName("rule-sets-view");

        Div sets = new Div();
        sets.addClassName("rule-sets");
        ruleSets.forEach(r -> sets.add(card(r)));

        districts.addColumn(DistrictRuleSet::district).setKey("district").setHeader(getTranslation("ruleSets.col.district"))
                .setAutoWidth(true).setFlexGrow(1);
        districts.addColumn(d -> Formats.integer(d.units())).setKey("units").setHeader(getTranslation("ruleSets.col.units"))
                .setAutoWidth(true).setFlexGrow(0);
        districts.addComponentColumn(this::choice).setKey("ruleSet").setHeader(getTranslation("ruleSets.col.ruleSet"))
                .setAutoWidth(true).setFlexGrow(0);
        districts.addColumn(d -> d.chosenBy() == null ? getTranslation("ruleSets.chosen.never")
                        : getTranslation("ruleSets.chosen", d.chosenBy(), Formats.dateTime(d.chosenAt())))
                .setKey("chosen").setHeader(getTranslation("ruleSets.col.chosen")).setAutoWidth(true).setFlexGrow(1);
        districts.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        districts.addClassName("districts-grid");
        districts.setHeight("24rem");
        noDistricts.setText(getTranslation("ruleSets.districts.none"));
        noDistricts.addClassName("empty-state");

        history.addColumn(c -> Formats.dateTime(c.chosenAt())).setKey("at").setHeader(getTranslation("ruleSets.history.at"))
                .setAutoWidth(true).setFlexGrow(0);
        history.addColumn(RuleSetChoice::chosenBy).setKey("by").setHeader(getTranslation("ruleSets.history.by")).setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(RuleSetChoice::district).setKey("district").setHeader(getTranslation("ruleSets.col.district"))
                .setAutoWidth(true).setFlexGrow(1);
        history.addColumn(c -> name(c.ruleSet())).setKey("ruleSet").setHeader(getTranslation("ruleSets.col.ruleSet"))
                .setAutoWidth(true).setFlexGrow(1);
        history.addThemeVariants(GridVariant.LUMO_COMPACT);
        history.addClassName("rule-set-history-grid");
        history.setAllRowsVisible(true);

        Paragraph intro = new Paragraph(getTranslation("ruleSets.intro"));
        intro.addClassName("rule-sets-intro");
        add(intro, new H3(getTranslation("ruleSets.sets")), sets, new H3(getTranslation("ruleSets.districts")), noDistricts, districts,
                new H3(getTranslation("ruleSets.history")), history);
        refresh();
    }

    private void refresh() {
        List<DistrictRuleSet> all = service.districts();
        districts.setItems(all);
        districts.setVisible(!all.isEmpty());
        noDistricts.setVisible(all.isEmpty());
        history.setItems(service.choices());
    }

    /** One rule set: its name, code, description and every rule it applies. */
    private Div card(RuleSet r) {
        H4 title = new H4(r.name(getLocale()));
        Span code = new Span(getTranslation("ruleSets.code", r.code()));
        code.getElement().getThemeList().add("badge contrast small");
        title.add(new Span(" "), code);
        if (r.isDefault()) {
            Span dflt = new Span(getTranslation("ruleSets.default"));
            dflt.getElement().getThemeList().add("badge success small");
            title.add(new Span(" "), dflt);
        }
        UnorderedList rules = new UnorderedList();
        rules.addClassName("rule-set-rules");
        for (String rule : rules(r)) {
            rules.add(new ListItem(rule));
        }
        Div card = new Div(title, new Paragraph(r.description(getLocale())), rules);
        card.addClassName("rule-set");
        card.setId("rule-set-" + r.code());
        return card;
    }

    /** The rules of a rule set as sentences, caps from the highest band down, then the over-target rule. */
    private List<String> rules(RuleSet r) {
        List<String> lines = new ArrayList<>();
        for (ExecutionCap c : r.caps()) {
            lines.add(c.rateFromPct() == null
                    ? getTranslation("ruleSets.cap.below", Formats.points(c.rateBelowPct()), Formats.points(c.maxTotalScore()))
                    : getTranslation("ruleSets.cap.band", Formats.points(c.rateFromPct()), Formats.points(c.rateBelowPct()),
                            Formats.points(c.maxTotalScore())));
        }
        if (r.overTargetPct() != null) {
            lines.add(getTranslation("ruleSets.overTarget", Formats.points(r.overTargetPct())));
        }
        if (lines.isEmpty()) {
            lines.add(getTranslation("ruleSets.noRules"));
        }
        return lines;
    }

    private Select<String> choice(DistrictRuleSet d) {
        Select<String> select = new Select<>();
        select.setItems(ruleSets.stream().map(RuleSet::code).toList());
        select.setItemLabelGenerator(this::name);
        select.setValue(d.ruleSet());
        select.setEnabled(service.mayChoose());
        select.setAriaLabel(getTranslation("ruleSets.choose", d.district()));
        select.addClassName("rule-set-choice");
        select.addValueChangeListener(e -> {
            if (e.getValue() == null || e.getValue().equals(d.ruleSet())) {
                return;
            }
            if (service.choose(d.district(), e.getValue())) {
                Notification.show(getTranslation("ruleSets.changed", d.district(), name(e.getValue())), 4000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
            refresh();
        });
        return select;
    }

    private String name(String code) {
        RuleSet r = byCode.get(code);
        return r == null ? code : r.name(getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ruleSets.title");
    }
}
