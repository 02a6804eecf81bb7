package com.perfdash.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * A grid column header whose unit goes onto a second line, "预算金额" over "（万元）", so that narrow
 * number columns keep their unit readable instead of cutting it off. The unit is the part from the first
 * "（" (or " (" in English) on; a text without one stays on one line.
 */
public class ColumnHeader extends Div {

    public ColumnHeader(String text) {
        addClassName("column-header");
        int unit = text.indexOf('（');
        if (unit < 0) {
            unit = text.indexOf(" (");
        }
        if (unit > 0) {
            add(new Span(text.substring(0, unit)), new Span(text.substring(unit).trim()));
        } else {
            add(new Span(text));
        }
        getStyle().set("white-space", "normal").set("line-height", "1.3");
        getChildren().forEach(c -> c.getElement().getStyle().set("display", "block"));
        getElement().setAttribute("title", text);
    }

    /** The header as one line of text, e.g. for tests. */
    public String text() {
        return getElement().getAttribute("title");
    }
}
