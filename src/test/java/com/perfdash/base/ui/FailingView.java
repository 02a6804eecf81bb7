package com.perfdash.base.ui;

import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;

/** A page that always fails to open; only the tests have it. */
@PermitAll
@Route("test/failing")
public class FailingView extends Div implements BeforeEnterObserver {

    static final String SECRET = "table report has no column secret_detail";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        throw new IllegalStateException(SECRET);
    }
}
