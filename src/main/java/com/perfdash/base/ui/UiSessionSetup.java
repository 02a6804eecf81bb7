package com.perfdash.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What every new session starts with: Chinese, whatever language the browser asks for (English is a
 * choice made with the switch in the main layout), and an error handler that shows a sentence, not a
 * stack trace, when an action fails.
 */
@Component
class UiSessionSetup implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(UiSessionSetup.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> {
            e.getSession().setLocale(TranslationProvider.CHINESE);
            e.getSession().setErrorHandler(UiSessionSetup::handleError);
        });
    }

    private static void handleError(ErrorEvent event) {
        String reference = ErrorView.newReference();
        LOG.error("Unexpected error, reference {}", reference, event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification n = Notification.show(ui.getTranslation("error.notification", reference), 8000,
                    Notification.Position.BOTTOM_CENTER);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
