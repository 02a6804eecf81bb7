package com.perfdash.importer;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs import previews away from the request thread, so that the page can show progress while many
 * files are read and checked. Two at a time; more wait their turn.
 */
@Component
public class ImportJobs implements DisposableBean {

    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "import-" + threads.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    public <T> CompletableFuture<T> submit(Supplier<T> job) {
        return CompletableFuture.supplyAsync(job, executor);
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
