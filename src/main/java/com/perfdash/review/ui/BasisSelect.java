package com.perfdash.review.ui;

import com.perfdash.review.Basis;
import com.perfdash.review.FindingFilter;
import com.perfdash.review.ReviewRule;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import java.util.function.Consumer;

/**
 * The 口径 choice every view shows (label 口径, items 自评（原文） / 复核后), and the link to the amounts
 * 复核后 leaves out (open 元/万元 findings on /review). One component so every view says it alike.
 */
public final class BasisSelect {

    private BasisSelect() {
    }

    /** A select showing {@code value}; {@code onChange} gets each different basis the user picks. */
    public static Select<Basis> create(Basis value, Consumer<Basis> onChange) {
        Select<Basis> basis = new Select<>();
        basis.setLabel(basis.getTranslation("basis.label"));
        basis.addClassName("filter-basis");
        basis.setItems(Basis.values());
        basis.setItemLabelGenerator(b -> basis.getTranslation(b.labelKey()));
        basis.setValue(value);
        basis.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() != e.getOldValue()) {
                onChange.accept(e.getValue());
            }
        });
        return basis;
    }

    /**
     * Under 复核后 with {@code leftOut} > 0: "n 项金额疑似以元填作万元，未计入合计" linking to those findings
     * (/review filtered to UNIT_TEN_THOUSAND, and to {@code year} when given); else null.
     */
    public static Anchor leftOutLink(Basis basis, int leftOut, Integer year) {
        if (basis != Basis.REVIEWED || leftOut <= 0) {
            return null;
        }
        String href = "review?" + FilterParameters.write(new FindingFilter(ReviewRule.UNIT_TEN_THOUSAND, null, year, null, null))
                .getQueryString();
        Anchor link = new Anchor(href, "");
        link.setText(link.getTranslation("basis.leftOut", leftOut));
        link.addClassName("basis-left-out");
        return link;
    }
}
