package com.perfdash.units.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * A titled part of a long report page, with an id the page's table of contents links to.
 */
class ReportSection extends Section {

    private final String heading;

    ReportSection(String id, String heading, Component... content) {
        setId(id);
        this.heading = heading;
        addClassNames("panel", "report-section");
        add(new H3(heading));
        add(content);
    }

    String heading() {
        return heading;
    }

    /**
     * Scrolls {@code page} to the section {@code id} once the browser has laid it out: the grids above
     * take their height only once rendered, so the scroll waits for them.
     */
    static void scrollTo(Component page, String id) {
        page.getElement().executeJs(
                "setTimeout(() => { const s = document.getElementById($0); if (s) { s.scrollIntoView(); } }, 500)", id);
    }

    /**
     * The in-page table of contents. The links keep the page's own address (with its query) and only
     * add the fragment, and are left to the browser, so following one scrolls instead of reloading.
     *
     * @param pageAddress the page's path with its query parameters, e.g. {@code units/x/2020?highlight=p3}
     */
    static Nav tableOfContents(String label, String pageAddress, List<ReportSection> sections) {
        UnorderedList list = new UnorderedList();
        for (ReportSection s : sections) {
            Anchor a = new Anchor(pageAddress + "#" + s.getId().orElseThrow(), s.heading());
            a.getElement().setAttribute("router-ignore", true);
            list.add(new ListItem(a));
        }
        Nav nav = new Nav(list);
        nav.addClassName("report-toc");
        nav.getElement().setAttribute("aria-label", label);
        return nav;
    }
}
