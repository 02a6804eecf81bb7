package com.perfdash.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A key figure with its label and an optional line of detail, as on the top of overview pages. */
public class KpiCard extends Div {

    private final Span value;

    public KpiCard(String label, String value, String detail) {
        addClassName("kpi-card");
        Span labelSpan = new Span(label);
        labelSpan.addClassName("kpi-label");
        this.value = new Span(value);
        this.value.addClassName("kpi-value");
        add(labelSpan, this.value);
        if (detail != null && !detail.isBlank()) {
            Span detailSpan = new Span(detail);
            detailSpan.addClassName("kpi-detail");
            add(detailSpan);
        }
    }

    public String getValue() {
        return value.getText();
    }
}
