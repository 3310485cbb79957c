package se.regionkarta.web;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.history.Change;
import se.regionkarta.history.ChangeLog;
import se.regionkarta.snapshot.Snapshot;

/**
 * Holds what is being served and swaps it whole when the registry changes, so that every request
 * sees one consistent snapshot and no request ever waits for a rebuild. Beside the snapshot it
 * holds the change log the data came from: the change feed reads it live, and who recorded each
 * fact is read once per published snapshot, so that it always matches the facts served.
 */
public final class LiveRegistry {

    private final ChangeLog changeLog;
    private final Clock clock;
    private final AtomicReference<State> current;

    /** What is served at one moment: the snapshot and, per fact ({@code kind:id}), its latest change. */
    private record State(Published published, Map<String, Change> recorded) {
    }

    /**
     * Serves a dataset read from the given change log's store; {@link ChangeLog#EMPTY} for a
     * dataset read straight from data files.
     */
    public LiveRegistry(Dataset dataset, ChangeLog changeLog, Clock clock) {
        this.changeLog = changeLog;
        this.clock = clock;
        this.current = new AtomicReference<>(state(dataset));
    }

    public Published current() {
        return current.get().published();
    }

    /** Returns the log of every change to the registry: the change feed. */
    public ChangeLog changeLog() {
        return changeLog;
    }

    /** Returns who recorded a fact last and when, as of the snapshot being served, where the log knows it. */
    public Optional<Change> recorded(String kind, String id) {
        return Optional.ofNullable(current.get().recorded().get(kind + ":" + id));
    }

    /** Builds the snapshot and index of a new dataset, then replaces the served one. */
    public void publish(Dataset dataset) {
        current.set(state(dataset));
    }

    private State state(Dataset dataset) {
        return new State(Published.of(new Snapshot(dataset), clock), Map.copyOf(changeLog.latestByFact()));
    }
}
