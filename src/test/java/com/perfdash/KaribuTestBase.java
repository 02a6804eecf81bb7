package com.perfdash;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.server.VaadinSession;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * Base of the browserless view tests: the real Spring context on a private in-memory database, and a
 * fresh Vaadin session and UI per test (Karibu-Testing), whose routes are the app's own. A test navigates
 * with {@code UI.getCurrent().navigate(...)} and finds components with {@code LocatorJ._get}. Every
 * subclass shares one Spring context and so one database: a test puts in the rows it needs first.
 */
@SpringBootTest(properties = {"perfdash.db.path=:memory:", "perfdash.data.watch=false",
        "perfdash.import.dir=target/no-imports"})
public abstract class KaribuTestBase {

    // Route discovery scans the classpath: once per test run is enough.
    private static final Routes ROUTES = new Routes().autoDiscoverViews("com.perfdash");

    @Autowired
    protected ApplicationContext context;

    @BeforeEach
    void setUpVaadin() {
        // A real UI takes the session's locale when it is created; the mock UI has to be told.
        Function0<UI> uiFactory = () -> {
            UI ui = new UI();
            ui.setLocale(VaadinSession.getCurrent().getLocale());
            return ui;
        };
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    /**
     * Opens {@code location} like a browser would, also where no route matches (then the not-found page
     * shows); {@code UI.navigate} would hand an unknown location over to the browser instead.
     */
    protected static int open(String location) {
        UI ui = UI.getCurrent();
        return ui.getInternals().getRouter().navigate(ui, new Location(location), NavigationTrigger.PROGRAMMATIC);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }
}
