package se.regionkarta.store;

import java.util.HashMap;
import java.util.Map;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.history.Change;

/**
 * Everything a read command or a server needs from the store, as of one moment.
 *
 * @param generation the store's change signal when it was read ({@link Store#generation()})
 * @param recorded the latest change of each fact, keyed {@code kind:id}: who recorded it and when
 * @param versions the stored version of each fact, keyed {@code kind:id}, so that the web layer can
 *     give ETags without asking the store per request; taken from the latest changes, which log the
 *     version they leave (so the snapshot file needs no field of its own)
 */
public record StoreContents(long generation, Dataset dataset, Map<String, Change> recorded, Map<String, Integer> versions) {

    public StoreContents {
        versions = Map.copyOf(versions);
    }

    public StoreContents(long generation, Dataset dataset, Map<String, Change> recorded) {
        this(generation, dataset, recorded, versionsOf(recorded));
    }

    /** Returns the stored version of a fact, 0 when the store does not hold it. */
    public int version(FactKind kind, String id) {
        return versions.getOrDefault(JdbiFactStore.key(kind.section(), id), 0);
    }

    private static Map<String, Integer> versionsOf(Map<String, Change> recorded) {
        Map<String, Integer> out = new HashMap<>();
        recorded.forEach((key, change) -> {
            if (change.version() != null) {
                out.put(key, change.version());
            }
        });
        return out;
    }
}
