package se.regionkarta.web;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.EnumMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.history.Change;
import se.regionkarta.history.ChangeLog;
import se.regionkarta.snapshot.Snapshot;
import se.regionkarta.store.Store;
import se.regionkarta.store.StoreContents;

/**
 * Holds what is being served and swaps it whole when the registry changes, so that every request
 * sees one consistent snapshot and no request ever waits for a rebuild. Beside the snapshot it
 * holds the change log the data came from: the change feed reads it live, and who recorded each
 * fact, and each fact's stored version, are read once per published snapshot, so that they always
 * match the facts served.
 *
 * <p>A registry served from a store takes writes ({@link #store()}); after a write the instance
 * that took it {@link #refresh() refreshes} at once, and every other instance sees it through the
 * store's change signal (StoreWatcher).
 */
public final class LiveRegistry {

    private final ChangeLog changeLog;
    private final Store store;
    private final Clock clock;
    private final AtomicReference<State> current;
    private final Map<StoreOperation, AtomicLong> storeErrors = new EnumMap<>(Map.of(
            StoreOperation.REFRESH, new AtomicLong(), StoreOperation.WRITE, new AtomicLong()));

    /** What the served registry asks of its store, for counting failures ({@code /metrics}). */
    public enum StoreOperation { REFRESH, WRITE }

    /** What is served at one moment: the snapshot and, per fact ({@code kind:id}), its latest change and its version. */
    private record State(Published published, Map<String, Change> recorded, Map<String, Integer> versions, long generation) {
    }

    /**
     * Serves a dataset read from the given change log's store without taking writes;
     * {@link ChangeLog#EMPTY} for a dataset read straight from data files.
     */
    public LiveRegistry(Dataset dataset, ChangeLog changeLog, Clock clock) {
        this.changeLog = changeLog;
        this.store = null;
        this.clock = clock;
        this.current = new AtomicReference<>(new State(Published.of(new Snapshot(dataset), clock),
                Map.copyOf(changeLog.latestByFact()), Map.of(), -1));
        current().search(); // at start, the index is built before the first request
    }

    /** Serves a store and writes to it. */
    public LiveRegistry(Store store, Clock clock) {
        this.changeLog = store;
        this.store = store;
        this.clock = clock;
        this.current = new AtomicReference<>(state(store.contents()));
        current().search();
    }

    public Published current() {
        return current.get().published();
    }

    /** Returns the log of every change to the registry: the change feed. */
    public ChangeLog changeLog() {
        return changeLog;
    }

    /** Returns the store writes go to; empty when the registry was read from files and takes none. */
    public Optional<Store> store() {
        return Optional.ofNullable(store);
    }

    /** Returns who recorded a fact last and when, as of the snapshot being served, where the log knows it. */
    public Optional<Change> recorded(String kind, String id) {
        return Optional.ofNullable(current.get().recorded().get(kind + ":" + id));
    }

    /** Returns the stored version of a fact in the snapshot being served; 0 when it is not stored. */
    public int version(FactKind kind, String id) {
        return current.get().versions().getOrDefault(kind.section() + ":" + id, 0);
    }

    /** Returns the store's change signal as of the snapshot being served ({@code -1} when it was not read from a store). */
    public long generation() {
        return current.get().generation();
    }

    /**
     * Builds the snapshot and index of what a store holds, then replaces the served one, unless
     * something newer is served already (a write's refresh may overtake the watcher's read).
     */
    public void publish(StoreContents contents) {
        State next = state(contents);
        current.accumulateAndGet(next, (served, read) -> read.generation() >= served.generation() ? read : served);
        // the facts are served from now on; their search index follows (the first search would build it anyway)
        CompletableFuture.runAsync(next.published()::search);
    }

    /**
     * Reads the store again and serves it, unless nothing changed since the snapshot being served.
     * Synchronised so that a write and the watcher do not both rebuild the same change.
     */
    public synchronized void refresh() {
        if (store == null) {
            return;
        }
        try {
            long generation = store.generation();
            if (generation != current.get().generation()) {
                publish(store.contents());
            }
        } catch (RuntimeException e) {
            storeFailed(StoreOperation.REFRESH);
            throw e;
        }
    }

    /** Counts a failure of the store (not a refusal of what was asked): {@code regionkarta_store_errors_total}. */
    public void storeFailed(StoreOperation operation) {
        storeErrors.get(operation).incrementAndGet();
    }

    /** Returns how many times the store failed at an operation since this registry was made. */
    public long storeErrors(StoreOperation operation) {
        return storeErrors.get(operation).get();
    }

    private State state(StoreContents contents) {
        return new State(Published.of(new Snapshot(contents.dataset()), clock), Map.copyOf(contents.recorded()),
                Map.copyOf(contents.versions()), contents.generation());
    }
}
