package com.perfdash.base.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shown when opening a page fails: a sentence and an error reference, never the stack trace, which goes
 * to the server log under that reference. Deliberately outside the main layout, which may be what failed.
 */
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorView.class);

    public ErrorView() {
        addClassName("message-page");
        setAlignItems(Alignment.CENTER);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = newReference();
        LOG.error("Cannot show /{}, reference {}", event.getLocation().getPath(), reference, parameter.getCaughtException());
        removeAll();
        add(VaadinIcon.WARNING.create(),
                new H2(getTranslation("error.internal.title")),
                new Paragraph(getTranslation("error.internal.text", reference)),
                homeLink(getTranslation("error.internal.home")));
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.internal.title");
    }

    /** A short reference that a user can read out and an administrator can find in the log. */
    static String newReference() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A link to the home page (route ""), followed by the router without reloading the page. */
    static Anchor homeLink(String text) {
        Anchor home = new Anchor(".", text);
        home.getElement().setAttribute("router-link", true);
        return home;
    }
}
