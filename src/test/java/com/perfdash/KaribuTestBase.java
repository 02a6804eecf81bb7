package com.perfdash;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.perfdash.security.AppUserDetails;
import com.perfdash.security.UserStore;
import java.security.Principal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
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
@SpringBootTest(properties = {"perfdash.db.path=:memory:", "perfdash.data.watch=false", "perfdash.demo-review=false",
        "perfdash.import.dir=${perfdash.test.dir:target}/no-imports", "perfdash.warehouse.dir=${perfdash.test.dir:target}/test-warehouse"})
public abstract class KaribuTestBase {

    // Route discovery scans the classpath: once per test run is enough.
    private static final Routes ROUTES = new Routes().autoDiscoverViews("com.perfdash");

    @Autowired
    protected ApplicationContext context;

    /** The user each test starts signed in as; a test may sign in as another with {@link #signInAs}. */
    protected static final String DEFAULT_USER = "admin";

    @BeforeEach
    void setUpVaadin() {
        signInAs(DEFAULT_USER);
        // Karibu fakes the servlet request; Spring Security's filter would answer these two from the
        // security context, so the fake request does the same (Vaadin's view access control asks it).
        MockVaadin.setMockRequestFactory(session -> new FakeRequest(session) {
            @Override
            public Principal getUserPrincipal() {
                Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                return auth != null && auth.isAuthenticated() ? auth : null;
            }

            @Override
            public boolean isUserInRole(String role) {
                Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                return auth != null && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
            }
        });
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

    /**
     * Loads a data folder holding only the real seed report (copied into {@code dataDir}) with the app's
     * own loader, review checks included, replacing whatever other view tests put in the database.
     */
    protected void loadOnlyTheSeed(java.nio.file.Path dataDir) {
        com.perfdash.review.CsvDataSet.copy(TestDatabase.SEED, dataDir, "seed");
        context.getBean(com.perfdash.ingest.DataFolderLoader.class).loader()
                .load(new com.perfdash.ingest.LoadSources(dataDir, dataDir.resolve("no-imports")));
    }

    /**
     * Loads the shipped data (seed and demo district) with the app's own loader, replacing whatever other
     * view tests put in the shared database.
     */
    protected void loadShippedData() {
        context.getBean(com.perfdash.ingest.DataFolderLoader.class).loader()
                .load(new com.perfdash.ingest.LoadSources(TestDatabase.DATA, TestDatabase.NO_IMPORTS));
    }

    /**
     * Removes every review decision (status events, corrections, dispositions) from the shared database, so
     * that a later test does not find reviews, and with them the 复核后 default, it did not record.
     */
    protected void removeAllReviews() {
        context.getBean(org.jdbi.v3.core.Jdbi.class).useHandle(h -> {
            h.execute("DELETE FROM report_review_event");
            h.execute("DELETE FROM figure_correction");
            h.execute("DELETE FROM finding_disposition");
            com.perfdash.ingest.ReportMetricsStore.refreshReviewed(h);
        });
    }

    /** Signs in as a stored user (the demo accounts exist in every test context), or signs out for null. */
    protected void signInAs(String username) {
        if (username == null) {
            SecurityContextHolder.clearContext();
            return;
        }
        AppUserDetails user = context.getBean(UserStore.class).find(username).orElseThrow();
        SecurityContext security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(security);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }
}
