package se.regionkarta.store;

import java.util.Map;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.history.Change;

/**
 * Everything a read command needs from the store, as of one moment.
 *
 * @param generation the store's change signal when it was read ({@link Store#generation()})
 * @param recorded the latest change of each fact, keyed {@code kind:id}: who recorded it and when
 */
public record StoreContents(long generation, Dataset dataset, Map<String, Change> recorded) {
    public Map<String, Integer> versions() { return Map.of(); } // STUB-FOR-COMPILE
}
