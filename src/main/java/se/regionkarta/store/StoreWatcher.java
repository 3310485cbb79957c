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
    private final Runnable onChange;
    private final ScheduledExecutorService thread;
    private long seen;
    private boolean failing;

    private StoreWatcher(LongSupplier signal, Runnable onChange, long seen) {
        this.signal = signal;
        this.onChange = onChange;
        this.seen = seen;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "regionkarta-store-watcher");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Watches a signal: {@code onChange} runs (it reads the store and serves it: {@code LiveRegistry.refresh})
     * each time the signal has moved past what was seen; {@code seen} is the signal as of what is served now.
     */
    public static StoreWatcher start(LongSupplier signal, Runnable onChange, long seen, Duration interval) {
        StoreWatcher watcher = new StoreWatcher(signal, onChange, seen);
        long millis = Math.max(1, interval.toMillis());
        watcher.thread.scheduleWithFixedDelay(watcher::check, millis, millis, TimeUnit.MILLISECONDS);
        return watcher;
    }

    /**
     * Watches a signal: {@code read} is called after the signal has moved past {@code seen}, and
     * what it returns is given to {@code publish}.
     */
    public static StoreWatcher start(LongSupplier signal, Supplier<Dataset> read, Consumer<Dataset> publish, long seen,
            Duration interval) {
        return start(signal, () -> publish.accept(read.get()), seen, interval);
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
            long started = System.nanoTime();
            onChange.run();
            seen = now;
            recovered();
            LOG.info("the store changed (change {}); now serving it, read and built in {} ms", now,
                    (System.nanoTime() - started) / 1_000_000);
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
