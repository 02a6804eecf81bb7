package com.perfdash.security.ui;

import com.perfdash.base.ui.Formats;
import com.perfdash.base.ui.MainLayout;
import com.perfdash.security.AppUser;
import com.perfdash.security.AuditLog;
import com.perfdash.security.Role;
import com.perfdash.security.UserAdminService;
import com.perfdash.base.unit.UnitRef;
import com.perfdash.base.unit.UnitDirectory;
import com.perfdash.base.unit.UnitPicker;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/** 用户管理 (admins only): the users, adding one, password resets, enabling, and the audit log. */
@RolesAllowed(Role.ADMIN_NAME)
@Route(value = "admin/users", layout = MainLayout.class)
@Menu(title = "nav.admin", icon = "vaadin:users", order = 100)
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserAdminService admin;
    private final Grid<AppUser> users = new Grid<>();
    private final Grid<AuditLog.Entry> audit = new Grid<>();
    private final UnitDirectory units;
    /** The names of the units the listed users belong to (never every unit: a country has 100,000). */
    private Map<String, String> unitNames = Map.of();

    public UsersView(UserAdminService admin, UnitDirectory units) {
        this.admin = admin;
        this.units = units;
        addClassName("users-view");

        users.addColumn(AppUser::username).setHeader(getTranslation("admin.col.username")).setAutoWidth(true);
        users.addColumn(AppUser::displayName).setHeader(getTranslation("admin.col.name")).setAutoWidth(true);
        users.addColumn(u -> getTranslation("user.role." + u.role().name())).setHeader(getTranslation("admin.col.role"));
        users.addColumn(u -> u.unitCode() == null ? "" : unitNames.getOrDefault(u.unitCode(), u.unitCode()))
                .setHeader(getTranslation("admin.col.unit")).setAutoWidth(true);
        users.addColumn(u -> u.enabled() ? "✓" : "—").setHeader(getTranslation("admin.col.enabled"));
        users.addColumn(u -> Formats.dateTime(u.createdAt())).setHeader(getTranslation("admin.col.created"));
        users.addComponentColumn(this::actions);
        users.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        users.setAllRowsVisible(true);

        audit.addColumn(e -> Formats.dateTime(e.loggedAt())).setHeader(getTranslation("admin.audit.at")).setAutoWidth(true);
        audit.addColumn(AuditLog.Entry::username).setHeader(getTranslation("admin.audit.user")).setAutoWidth(true);
        audit.addColumn(AuditLog.Entry::event).setHeader(getTranslation("admin.audit.event")).setAutoWidth(true);
        audit.addColumn(AuditLog.Entry::detail).setHeader(getTranslation("admin.audit.detail")).setFlexGrow(1);
        audit.addColumn(AuditLog.Entry::remoteAddr).setHeader(getTranslation("admin.audit.addr")).setAutoWidth(true);
        audit.addThemeVariants(GridVariant.LUMO_COMPACT);
        audit.setHeight("24rem");

        Button add = new Button(getTranslation("admin.add"), e -> openCreate());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new HorizontalLayout(new H3(getTranslation("admin.users")), add), users, new H3(getTranslation("admin.audit")), audit);
        refresh();
    }

    private void refresh() {
        List<AppUser> listed = admin.users();
        unitNames = units.unitNames(listed.stream().map(AppUser::unitCode).filter(java.util.Objects::nonNull).toList());
        users.setItems(listed);
        audit.setItems(admin.audit());
    }

    private HorizontalLayout actions(AppUser user) {
        Button reset = new Button(getTranslation("admin.reset"), e -> openReset(user));
        Button toggle = new Button(getTranslation(user.enabled() ? "admin.disable" : "admin.enable"), e -> {
            admin.setEnabled(user.username(), !user.enabled());
            refresh();
        });
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(reset, toggle);
    }

    private void openCreate() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("admin.add"));
        TextField username = new TextField(getTranslation("admin.col.username"));
        TextField name = new TextField(getTranslation("admin.col.name"));
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("admin.col.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("user.role." + r.name()));
        role.setValue(Role.LEADER);
        ComboBox<UnitRef> unit = UnitPicker.create(getTranslation("admin.col.unit"), units);
        unit.setEnabled(false);
        role.addValueChangeListener(e -> unit.setEnabled(e.getValue() == Role.UNIT));
        PasswordField password = new PasswordField(getTranslation("admin.password"));
        dialog.add(new FormLayout(username, name, role, unit, password));
        Button save = new Button(getTranslation("admin.save"), e -> attempt(() -> {
            admin.create(username.getValue(), name.getValue().isBlank() ? username.getValue() : name.getValue(), role.getValue(),
                    unit.getValue() == null ? null : unit.getValue().unitCode(), password.getValue());
            dialog.close();
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(save);
        dialog.open();
    }

    private void openReset(AppUser user) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("admin.reset") + " · " + user.username());
        PasswordField password = new PasswordField(getTranslation("admin.password"));
        dialog.add(password);
        Button save = new Button(getTranslation("admin.save"), e -> attempt(() -> {
            admin.resetPassword(user.username(), password.getValue());
            dialog.close();
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(save);
        dialog.open();
    }

    /** Runs a change; a refused one (bad name, short password) shows its reason and changes nothing. */
    private void attempt(Runnable change) {
        try {
            change.run();
            Notification.show(getTranslation("admin.saved"), 2000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (IllegalArgumentException | IllegalStateException e) {
            Notification.show(e.getMessage(), 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.title");
    }
}
