package com.perfdash.warehouse;

import com.perfdash.base.db.ReadOnlyNode;

import com.perfdash.security.AuditLog;
import java.nio.file.Path;
import java.util.Optional;

/** The warehouse export as the admin page and the headless command run it: the export, entered in the audit log. */
public class WarehouseService {

    private final WarehouseExporter exporter;
    private final AuditLog audit;
    private final ReadOnlyNode node;

    public WarehouseService(WarehouseExporter exporter, AuditLog audit, ReadOnlyNode node) {
        this.exporter = exporter;
        this.audit = audit;
        this.node = node;
    }

    /** Whether this node is a read-only node (it serves the warehouse, and exports nothing). */
    public boolean readOnly() {
        return node.active();
    }

    /** Where the current export lives ({@code <warehouse>/model}). */
    public Path location() {
        return exporter.model();
    }

    public Optional<WarehouseManifest> current() {
        return exporter.current();
    }

    /** Exports; refused on a read-only node ({@link ReadOnlyNode.ReadOnlyNodeException}). */
    public WarehouseManifest export(String user) {
        node.refuseChanges();
        try {
            WarehouseManifest m = exporter.export(user);
            audit.record(user, "warehouse_export", location() + ": " + m.rows("report") + " reports", null);
            return m;
        } catch (WarehouseException e) {
            audit.record(user, "warehouse_export_failed", e.getMessage(), null);
            throw e;
        }
    }
}
