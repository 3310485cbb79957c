package se.regionkarta.store;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.regionkarta.dataset.model.Dataset;

/**
 * Keeps a running server up to date with its store: polls the store's change signal
 * ({@link Store#generation()}) on a daemon thread and, when it has moved, reads the store and hands
 * the new dataset on (to {@code LiveRegistry.publish}). Another process's {@code load} is thus
 * served within about one interval, on H2 and on PostgreSQL alike, and several servers over one
 * PostgreSQL can follow the same signal.
 *
 * <p>A store that cannot be read is logged, once until it can be read again, and the data already
 * published stay served (docs/decisions/0017-shared-embedded-store-and-change-signal.md).
 */
public final class StoreWatcher implements AutoCloseable {

    /** How often a server asks whether the store changed: cheap (one indexed max) and soon enough for people. */
    public static final Duration INTERVAL = Duration.ofMillis(500);

    private static final Logger LOG = LoggerFactory.getLogger(StoreWatcher.class);

    private final LongSupplier signal;
    private final Supplier<Dataset> read;
    private final Consumer<Dataset> publish;
    private final ScheduledExecutorService thread;
    private long seen;
    private boolean failing;

    private StoreWatcher(LongSupplier signal, Supplier<Dataset> read, Consumer<Dataset> publish, long seen) {
        this.signal = signal;
        this.read = read;
        this.publish = publish;
        this.seen = seen;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "regionkarta-store-watcher");
            t.setDaemon(true);
            return t;
        });
    }

    /** Watches a store whose contents as of {@code seen} ({@link Store#generation()}) are being served. */
    public static StoreWatcher start(Store store, long seen, Consumer<Dataset> publish, Duration interval) {
        return start(store::generation, store::read, publish, seen, interval);
    }

    /**
     * Watches any signal: {@code read} is called after the signal has moved past {@code seen}, and
     * what it returns is given to {@code publish}.
     */
    public static StoreWatcher start(LongSupplier signal, Supplier<Dataset> read, Consumer<Dataset> publish, long seen,
            Duration interval) {
        StoreWatcher watcher = new StoreWatcher(signal, read, publish, seen);
        long millis = Math.max(1, interval.toMillis());
        watcher.thread.scheduleWithFixedDelay(watcher::check, millis, millis, TimeUnit.MILLISECONDS);
        return watcher;
    }

    /** Runs on the watcher's thread only. */
    private void check() {
        try {
            // the signal is read before the data: a change landing in between is read now or at the next check, never lost
            long now = signal.getAsLong();
            if (now == seen) {
                recovered();
                return;
            }
            Dataset dataset = read.get();
            publish.accept(dataset);
            seen = now;
            recovered();
            LOG.info("the store changed (change {}); now serving {} facts", now, dataset.size());
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                LOG.warn("cannot read the store, still serving what was read before (change {}): {}", seen, e.toString());
            }
        }
    }

    private void recovered() {
        if (failing) {
            failing = false;
            LOG.info("the store can be read again");
        }
    }

    /** Stops watching, after a check under way has finished. */
    @Override
    public void close() {
        // not shutdownNow: interrupting a thread in the middle of H2's file I/O can damage the database
        thread.shutdown();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
