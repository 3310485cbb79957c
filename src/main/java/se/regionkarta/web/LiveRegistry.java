package se.regionkarta.web;

import java.util.concurrent.atomic.AtomicReference;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.snapshot.Snapshot;

/**
 * Holds what is being served and swaps it whole when the registry changes, so that every request
 * sees one consistent snapshot and no request ever waits for a rebuild.
 */
public final class LiveRegistry {

    private final AtomicReference<Published> current;

    public LiveRegistry(Dataset dataset) {
        this.current = new AtomicReference<>(Published.of(new Snapshot(dataset)));
    }

    public Published current() {
        return current.get();
    }

    /** Builds the snapshot and index of a new dataset, then replaces the served one. */
    public void publish(Dataset dataset) {
        current.set(Published.of(new Snapshot(dataset)));
    }
}
