package se.regionkarta.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import se.regionkarta.search.Search;
import se.regionkarta.snapshot.Snapshot;

/**
 * What the site and the API serve at one moment: a snapshot of the registry and its search index.
 * The index is built when first asked for, not before the snapshot is served: after a write the
 * facts are served as soon as they are read, and the index (the slower half of a rebuild,
 * docs/benchmarks.md) follows, built by {@link LiveRegistry} in the background or by the first search.
 */
public final class Published {

    private final Snapshot snapshot;
    private final LocalDate today;
    private final Instant since;
    private volatile Search search;

    private Published(Snapshot snapshot, LocalDate today, Instant since) {
        this.snapshot = snapshot;
        this.today = today;
        this.since = since;
    }

    /** Publishes a snapshot now, by the clock: its search index will be as of today in the clock's zone. */
    public static Published of(Snapshot snapshot, Clock clock) {
        return new Published(snapshot, LocalDate.now(clock), clock.instant());
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    /** Returns the search index of the snapshot, building it on first use. */
    public Search search() {
        Search built = search;
        if (built == null) {
            synchronized (this) {
                built = search;
                if (built == null) {
                    built = Search.of(snapshot, today);
                    search = built;
                }
            }
        }
        return built;
    }

    /** When this snapshot was published (for Last-Modified). */
    public Instant since() {
        return since;
    }
}
