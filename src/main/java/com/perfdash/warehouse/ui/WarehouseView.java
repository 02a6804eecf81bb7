package com.perfdash.warehouse.ui;

import com.perfdash.base.ui.Formats;
import com.perfdash.base.ui.MainLayout;
import com.perfdash.security.CurrentUser;
import com.perfdash.security.Role;
import com.perfdash.warehouse.WarehouseException;
import com.perfdash.warehouse.WarehouseManifest;
import com.perfdash.warehouse.WarehouseService;
import com.perfdash.warehouse.WarehouseTableInfo;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * 数据仓库 (admins only): where the Parquet export of the report model lives, what the current export
 * holds (when, by whom, rows per table), and the action that writes a new one (docs/scale-out.md).
 */
@RolesAllowed(Role.ADMIN_NAME)
@Route(value = "admin/warehouse", layout = MainLayout.class)
@Menu(title = "nav.warehouse", icon = "vaadin:cloud-download-o", order = 105)
public class WarehouseView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final WarehouseService warehouse;
    private final CurrentUser user;
    private final Paragraph status = new Paragraph();
    private final Grid<WarehouseTableInfo> tables = new Grid<>();

    public WarehouseView(WarehouseService warehouse, CurrentUser user) {
        this.warehouse = warehouse;
        this.user = user;
        addClassName("warehouse-view");
        Paragraph intro = new Paragraph(getTranslation("warehouse.intro", warehouse.location().toString()));
        intro.addClassName("page-intro");
        status.addClassName("warehouse-status");

        Button export = new Button(getTranslation("warehouse.export"), e -> export());
        export.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        export.addClassName("warehouse-export");

        tables.addColumn(WarehouseTableInfo::table).setHeader(getTranslation("warehouse.col.table")).setAutoWidth(true);
        tables.addColumn(t -> Formats.integer(t.rows())).setHeader(getTranslation("warehouse.col.rows"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        tables.addColumn(t -> getTranslation(t.partitioned() ? "warehouse.layout.byYear" : "warehouse.layout.single"))
                .setHeader(getTranslation("warehouse.col.layout")).setAutoWidth(true);
        tables.addColumn(t -> Formats.integer(t.columns().size())).setHeader(getTranslation("warehouse.col.columns"))
                .setTextAlign(ColumnTextAlign.END);
        tables.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        tables.setAllRowsVisible(true);
        tables.addClassName("warehouse-tables");

        add(intro);
        if (warehouse.readOnly()) {
            Paragraph readOnly = new Paragraph(getTranslation("warehouse.readOnly"));
            readOnly.addClassNames("page-intro", "read-only-refusal");
            add(readOnly);
            export.setEnabled(false);
        }
        add(export, status, tables);
        show(warehouse.current());
    }

    private void export() {
        try {
            WarehouseManifest m = warehouse.export(user.username());
            show(Optional.of(m));
            Notification.show(getTranslation("warehouse.done", Formats.integer(m.rows("report"))), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (WarehouseException e) {
            Notification.show(getTranslation("warehouse.failed", e.getMessage()), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void show(Optional<WarehouseManifest> manifest) {
        status.setText(manifest.map(m -> getTranslation("warehouse.current", TIME.format(m.exportedAt()), m.exportedBy()))
                .orElse(getTranslation("warehouse.none")));
        tables.setItems(manifest.map(WarehouseManifest::tables).orElse(List.of()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("warehouse.title");
    }
}
