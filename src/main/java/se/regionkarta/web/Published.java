package se.regionkarta.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import se.regionkarta.search.Search;
import se.regionkarta.snapshot.Snapshot;

/**
 * What the site and the API serve at one moment: a snapshot of the registry and its search index.
 *
 * @param since when this snapshot was published (for Last-Modified)
 */
public record Published(Snapshot snapshot, Search search, Instant since) {

    /** Publishes a snapshot now, by the clock: builds its search index as of today in the clock's zone. */
    public static Published of(Snapshot snapshot, Clock clock) {
        return new Published(snapshot, Search.of(snapshot, LocalDate.now(clock)), clock.instant());
    }
}
