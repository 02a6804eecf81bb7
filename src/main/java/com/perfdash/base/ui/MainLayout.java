package com.perfdash.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.Locale;

/**
 * The shell around every page: the app title and the navigation in the drawer, the page title and the
 * language switch in the top bar. The navigation lists the views annotated with {@code @Menu}; their
 * menu title is a translation key, so the menu follows the UI language.
 */
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 pageTitle = new H1();

    private final transient AuthenticationContext authentication;

    public MainLayout(AuthenticationContext authentication, SignedInUser currentUser) {
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        addClassName("main-layout");

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        pageTitle.addClassName("page-title");
        Div spacer = new Div();
        spacer.addClassName("navbar-spacer");
        addToNavbar(true, toggle, pageTitle, spacer, languageSwitch(), userBox(currentUser));

        Span appTitle = new Span(getTranslation("app.title"));
        appTitle.addClassName("app-title");
        addToDrawer(appTitle, new Scroller(sideNav()));
    }

    private SideNav sideNav() {
        SideNav nav = new SideNav();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    /** Who is signed in, in which role, and the sign-out button. */
    private Div userBox(SignedInUser currentUser) {
        Div box = new Div();
        box.addClassName("user-box");
        currentUser.badge().ifPresent(user -> {
            Span name = new Span(user.displayName());
            name.addClassName("user-name");
            Span role = new Span(getTranslation(user.roleKey()));
            role.getElement().getThemeList().add("badge contrast small");
            Button logout = new Button(getTranslation("user.logout"), e -> authentication.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            box.add(name, role, logout);
        });
        return box;
    }

    private Div languageSwitch() {
        Div languages = new Div(languageButton("lang.zh", TranslationProvider.CHINESE),
                languageButton("lang.en", TranslationProvider.ENGLISH));
        languages.addClassName("language-switch");
        languages.getElement().setAttribute("role", "group");
        languages.getElement().setAttribute("aria-label", getTranslation("lang.switch"));
        return languages;
    }

    private Button languageButton(String key, Locale locale) {
        Button button = new Button(getTranslation(key));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        boolean current = locale.getLanguage().equals(getLocale().getLanguage());
        button.addThemeVariants(current ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
        button.getElement().setAttribute("aria-pressed", Boolean.toString(current));
        button.addClickListener(e -> switchTo(locale));
        return button;
    }

    // The session keeps the choice; a reload builds every text anew in that language.
    private void switchTo(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String title = getContent() instanceof HasDynamicTitle t ? t.getPageTitle() : "";
        pageTitle.setText(title);
    }
}
