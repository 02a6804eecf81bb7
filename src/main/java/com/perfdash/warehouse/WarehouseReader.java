package com.perfdash.warehouse;

import com.perfdash.base.db.WholeTables;
import com.perfdash.ingest.ReportMetricsStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The model of a read-only node: the warehouse's current export copied into the node's own database, at
 * start and whenever the writer has exported since (checked every {@code perfdash.read-only.refresh},
 * default 30 s). The copy replaces the model tables in one transaction, with the stored metrics and
 * project keys rebuilt from their definitions as after a load, so a page sees the old export or the new
 * one, never a mix; an export that cannot be read (the writer swapping folders at that moment, a damaged
 * file) leaves the node on what it had and is tried again at the next check.
 */
public class WarehouseReader implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WarehouseReader.class);

    private final Jdbi jdbi;
    private final Path model;
    private volatile Instant loaded;
    private ScheduledExecutorService timer;

    public WarehouseReader(Jdbi jdbi, Path warehouse) {
        this.jdbi = jdbi;
        this.model = warehouse.toAbsolutePath().resolve(WarehouseExporter.MODEL);
    }

    /** When the export this node serves was written; empty before the first one. */
    public Optional<Instant> loadedExport() {
        return Optional.ofNullable(loaded);
    }

    /** Checks every {@code every} for a new export (a daemon thread). */
    public void start(Duration every) {
        refreshQuietly();
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "warehouse-refresh");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::refreshQuietly, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            log.warn("Warehouse {} not read; this node keeps the export of {}: {}", model, loaded, e.getMessage());
        }
    }

    /** Copies the current export if it is newer than the one loaded; true when it copied one. */
    public synchronized boolean refresh() {
        Optional<WarehouseManifest> current = WarehouseExporter.read(model);
        if (current.isEmpty()) {
            log.info("Warehouse {} holds no export yet", model);
            return false;
        }
        WarehouseManifest m = current.get();
        if (m.exportedAt().equals(loaded)) {
            return false;
        }
        long start = System.nanoTime();
        jdbi.useTransaction(h -> {
            Set<String> present = h.createQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'")
                    .mapTo(String.class).set();
            List<WarehouseTableInfo> tables = m.tables().stream().filter(t -> present.contains(t.table())).toList();
            WholeTables.empty(h, tables.stream().map(WarehouseTableInfo::table).toList());
            for (WarehouseTableInfo t : tables) {
                h.execute("INSERT INTO " + t.table() + " BY NAME " + WarehouseSql.select(model.toString(), t));
            }
            ReportMetricsStore.refresh(h);
        });
        loaded = m.exportedAt();
        log.info("Read-only node: loaded the warehouse export of {} ({} reports) in {} ms", m.exportedAt(), m.rows("report"),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        return true;
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
