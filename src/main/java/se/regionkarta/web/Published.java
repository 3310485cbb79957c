package se.regionkarta.web;

import java.time.Instant;
import se.regionkarta.search.Search;
import se.regionkarta.snapshot.Snapshot;

/**
 * What the site and the API serve at one moment: a snapshot of the registry and its search index.
 *
 * @param since when this snapshot was published (for Last-Modified)
 */
public record Published(Snapshot snapshot, Search search, Instant since) {

    public static Published of(Snapshot snapshot) {
        return new Published(snapshot, Search.of(snapshot), Instant.now());
    }
}
