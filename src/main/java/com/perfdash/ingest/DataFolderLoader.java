package com.perfdash.ingest;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the database in step with the data folder and the accepted import batches: loads them
 * before the app serves its first page
 * (skipped when the files are unchanged since the last load), and, when watching is on, again a
 * moment after a file there changes. Either way a data set is loaded only once its files have settled
 * ({@link #QUIET_MILLIS} without a change, see {@link FileStability}; files older than that load at once). A failed load is logged with every problem and leaves the
 * database as it was; the app keeps serving what it had.
 */
@Component
public class DataFolderLoader implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DataFolderLoader.class);
    /** How long the files of a data set must have been left alone before it is loaded (and the watcher waits after a change). */
    static final long QUIET_MILLIS = 1500;
    /** Looks at a data set's files, {@link #QUIET_MILLIS} apart, before a load gives up on files that keep changing. */
    static final int MAX_LOOKS = 20;

    private final DataLoader loader;
    private final Jdbi jdbi;
    private final Clock clock;
    private final Path dataDir;
    private final Path importDir;
    private final boolean watch;
    private final boolean readOnly;
    private FileStability stability = new FileStability(QUIET_MILLIS, MAX_LOOKS, System::currentTimeMillis, Thread::sleep);
    private volatile WatchService watcher;
    private Thread watchThread;

    public DataFolderLoader(Jdbi jdbi, Clock clock, List<AfterLoadStep> afterLoad, String dataDir, String importDir, boolean watch) {
        this(jdbi, clock, afterLoad, dataDir, importDir, watch, false);
    }

    /**
     * @param readOnly a read-only node (docs/scale-out.md) loads no data folder: its model comes from the
     *                 warehouse ({@code com.perfdash.warehouse.WarehouseReader})
     */
    @Autowired
    public DataFolderLoader(Jdbi jdbi, Clock clock, List<AfterLoadStep> afterLoad,
                            @Value("${perfdash.data.dir}") String dataDir,
                            @Value("${perfdash.import.dir}") String importDir,
                            @Value("${perfdash.data.watch:false}") boolean watch,
                            @Value("${perfdash.read-only:false}") boolean readOnly) {
        this.readOnly = readOnly;
        this.jdbi = jdbi;
        this.clock = clock;
        this.loader = new DataLoader(jdbi, clock, afterLoad);
        this.dataDir = Path.of(dataDir).toAbsolutePath().normalize();
        this.importDir = Path.of(importDir).toAbsolutePath().normalize();
        this.watch = watch;
    }

    @Override
    public void afterPropertiesSet() {
        if (readOnly) {
            log.info("Read-only node: the data folder {} is not loaded; the model comes from the warehouse", dataDir);
            return;
        }
        loadNow();
        if (watch) {
            startWatching();
        }
    }

    /** Whether this is a read-only node, which loads nothing itself (docs/scale-out.md). */
    public boolean readOnly() {
        return readOnly;
    }

    /** The data folder and the import folder, as every load of this app reads them. */
    public LoadSources sources() {
        return new LoadSources(dataDir, importDir);
    }

    /** The loader this app loads with (its after-load steps included). */
    public DataLoader loader() {
        return loader;
    }

    /**
     * Loads the folders now, whether they changed or not (an import that just added or withdrew a
     * batch); throws {@link DataLoadException} when they cannot be loaded, leaving the database as it
     * was. Serialised with every other load of this app.
     */
    public synchronized LoadResult load() {
        awaitSettled();
        return loader.load(sources());
    }

    /** How an administrator's decision on a held reload ended. */
    public enum Decision {
        /** Confirmed and loaded, or dismissed. */
        DONE,
        /** Decided before, or settled by a later load. */
        NOT_PENDING,
        /** The files changed since the reload was held: a confirmation loads only the files it saw. */
        FILES_CHANGED
    }

    /**
     * Loads the held reload {@code heldId} anyway, as an administrator confirmed: its files, as they were
     * when held, replace what was loaded. Throws {@link DataLoadException} when they no longer load.
     */
    public synchronized Decision confirmHeld(long heldId, String user) {
        var held = jdbi.withHandle(h -> HeldReloads.find(h, heldId));
        if (held.isEmpty() || !held.get().pending()) {
            return Decision.NOT_PENDING;
        }
        awaitSettled();
        String now = DataLoader.fingerprint(sources());
        if (!now.equals(held.get().fingerprint())) {
            return Decision.FILES_CHANGED;
        }
        LoadResult r = loader.load(sources(), now);
        jdbi.useHandle(h -> HeldReloads.decide(h, heldId, "confirmed", user, java.time.LocalDateTime.now(clock)));
        log.warn("Held reload {} confirmed by {}: loaded ({} reports, {} indicators)", heldId, user, r.reports(), r.indicators());
        return Decision.DONE;
    }

    /** Keeps what is loaded instead of the held reload {@code heldId}; the same files are not loaded again unasked. */
    public synchronized Decision dismissHeld(long heldId, String user) {
        boolean done = jdbi.withHandle(h -> HeldReloads.decide(h, heldId, "dismissed", user, java.time.LocalDateTime.now(clock)));
        if (done) {
            log.warn("Held reload {} dismissed by {}: the database keeps what it had", heldId, user);
        }
        return done ? Decision.DONE : Decision.NOT_PENDING;
    }

    /** For tests: how this loader waits for files to settle. */
    synchronized void stability(FileStability stability) {
        this.stability = stability;
    }

    /**
     * Returns once the data folder's sets have settled (see {@link FileStability}); a set whose files keep
     * changing is not loaded: the attempt is written to the load log and {@link DataLoadException} thrown.
     * Import batches are not waited for: the import writes them whole and moves them in one step.
     */
    private void awaitSettled() {
        List<DataSetSource> sets = sources().list().stream().filter(s -> LoadSources.DATA_GROUP.equals(s.group())).toList();
        try {
            stability.awaitSettled(sets.stream().map(DataSetSource::folder).toList(), sets.stream().map(DataSetSource::label).toList());
        } catch (DataLoadException e) {
            loader.recordFailure(sources(), e);
            throw e;
        }
    }

    /**
     * Loads the folders with {@code batch} read last, as the newest batch, whether it counts as active
     * yet or not: an import's first load, after which it marks the batch committed. Throws
     * {@link DataLoadException} as {@link #load()}.
     */
    public synchronized LoadResult loadWith(Path batch) {
        awaitSettled();
        return loader.load(sources().withCandidate(batch));
    }

    /**
     * A dry run of {@code sources} (see {@link DataLoader#dryRun}), serialised with this app's loads: a
     * preview's rolled-back transaction and a real load never delete the same rows at the same time.
     */
    public synchronized <T> T dryRun(LoadSources sources, Function<Handle, T> inspect) {
        return loader.dryRun(sources, inspect);
    }

    /** Loads the folders if they changed; returns the result, or null when the load failed (logged). */
    public synchronized LoadResult loadNow() {
        long start = System.nanoTime();
        try {
            awaitSettled();
            LoadResult r = loader.loadIfChanged(sources());
            log.info("Data folder {}: {} ({} data sets, {} units, {} reports, {} indicators) in {} ms", dataDir,
                    r.changed() ? "loaded" : "unchanged since the last load", r.dataSets(), r.units(), r.reports(),
                    r.indicators(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            return r;
        } catch (HeldReloads.HeldLoadException e) {
            log.warn("Data folder {} was NOT reloaded: the reload is held for an administrator's decision on the /data page;"
                    + " the database keeps what it had:\n{}", dataDir, e.getMessage());
            return null;
        } catch (DataLoadException e) {
            log.error("Data folder {} was NOT loaded; the database keeps what it had. Problems:\n{}", dataDir, e.getMessage());
            return null;
        }
    }

    private void startWatching() {
        try {
            watcher = FileSystems.getDefault().newWatchService();
            register();
        } catch (IOException e) {
            log.warn("Cannot watch {} for changes: {}", dataDir, e.getMessage());
            return;
        }
        watchThread = new Thread(this::watchLoop, "data-folder-watch");
        watchThread.setDaemon(true);
        watchThread.start();
    }

    private void register() throws IOException {
        if (!Files.isDirectory(dataDir)) {
            return;
        }
        dataDir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        try (Stream<Path> sets = Files.list(dataDir)) {
            for (Path set : sets.filter(Files::isDirectory).toList()) {
                set.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void watchLoop() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = watcher.take();
                // Wait until the folder has been quiet for a moment: an editor saves in several steps.
                do {
                    key.pollEvents();
                    key.reset();
                    key = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
                } while (key != null);
                register();
                loadNow();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            log.warn("Stopped watching {}: {}", dataDir, e.getMessage());
        }
    }

    @Override
    public void destroy() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
        if (watchThread != null) {
            watchThread.interrupt();
        }
    }
}
