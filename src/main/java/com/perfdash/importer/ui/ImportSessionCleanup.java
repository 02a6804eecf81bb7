package com.perfdash.importer.ui;

import com.perfdash.importer.ImportService;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * When a session ends (signed out, timed out), the import previews made in it and not yet confirmed
 * or cancelled are cancelled, their staged files removed: nobody can confirm them any more. (A
 * preview already confirmed or cancelled is not affected; the sweep catches whatever is left.)
 */
@Component
class ImportSessionCleanup implements VaadinServiceInitListener {

    private static final String PREVIEWS = ImportSessionCleanup.class.getName() + ".previews";

    private final ImportService imports;

    ImportSessionCleanup(ImportService imports) {
        this.imports = imports;
    }

    /** Remembers a preview made in {@code session}; call with the session locked (in the UI's access). */
    static void remember(VaadinSession session, String previewId) {
        if (session == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        Set<String> ids = (Set<String>) session.getAttribute(PREVIEWS);
        if (ids == null) {
            ids = ConcurrentHashMap.newKeySet();
            session.setAttribute(PREVIEWS, ids);
        }
        ids.add(previewId);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionDestroyListener(e -> {
            @SuppressWarnings("unchecked")
            Set<String> ids = (Set<String>) e.getSession().getAttribute(PREVIEWS);
            if (ids != null) {
                ids.forEach(id -> imports.cancel(id, "session-ended"));
            }
        });
    }
}
