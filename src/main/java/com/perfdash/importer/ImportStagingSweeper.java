package com.perfdash.importer;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every few minutes, drops the import previews nobody confirmed or cancelled within
 * {@code perfdash.import.preview-minutes} (default 30): a page closed without its UI ending, a lost
 * session. A preview whose page ends is dropped at once (the import page cancels it on detach).
 */
@Component
public class ImportStagingSweeper implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportStagingSweeper.class);

    private final ImportService imports;
    private final Duration maxAge;
    private ScheduledExecutorService scheduler;

    public ImportStagingSweeper(ImportService imports, @Value("${perfdash.import.preview-minutes:30}") long previewMinutes) {
        this.imports = imports;
        this.maxAge = Duration.ofMinutes(previewMinutes);
    }

    @Override
    public void afterPropertiesSet() {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "import-staging-sweep");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(1, Math.min(5, maxAge.toMinutes()));
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                imports.sweepAbandoned(maxAge);
            } catch (RuntimeException e) {
                log.warn("Sweeping abandoned import previews failed: {}", e.getMessage());
            }
        }, every, every, TimeUnit.MINUTES);
    }

    @Override
    public void destroy() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
